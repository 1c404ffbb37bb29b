package org.sightline.kernel.people;

import java.util.EnumSet;
import java.util.Set;

/** The roles a person can hold. The Spring Security authority is {@code ROLE_} + {@link #name()}. */
public enum Role {
    PRACTITIONER("Practitioner"),
    TEAM_MANAGER("Team Manager"),
    SERVICE_MANAGER("Service Manager"),
    HEAD_OF_SERVICE("Head of Service"),
    ASSISTANT_DIRECTOR("Assistant Director"),
    DIRECTOR("Director"),
    PRINCIPAL_SOCIAL_WORKER("Principal Social Worker"),
    QA_OFFICER("QA Officer"),
    /** The council's central complaints team: logs complaints, contacts complainants, agrees extensions. */
    COMPLAINTS_OFFICER("Complaints Officer"),
    BOARD_MEMBER("Board Member"),
    ADMINISTRATOR("Administrator");

    /** Role names as constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    public static final String PRACTITIONER_ = "PRACTITIONER";
    public static final String TEAM_MANAGER_ = "TEAM_MANAGER";
    public static final String SERVICE_MANAGER_ = "SERVICE_MANAGER";
    public static final String HEAD_OF_SERVICE_ = "HEAD_OF_SERVICE";
    public static final String ASSISTANT_DIRECTOR_ = "ASSISTANT_DIRECTOR";
    public static final String DIRECTOR_ = "DIRECTOR";
    public static final String PRINCIPAL_SOCIAL_WORKER_ = "PRINCIPAL_SOCIAL_WORKER";
    public static final String QA_OFFICER_ = "QA_OFFICER";
    public static final String COMPLAINTS_OFFICER_ = "COMPLAINTS_OFFICER";
    public static final String BOARD_MEMBER_ = "BOARD_MEMBER";
    public static final String ADMINISTRATOR_ = "ADMINISTRATOR";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Most senior first: the role named in the header when a person holds several. */
    public static java.util.List<Role> bySeniority() {
        return java.util.List.of(DIRECTOR, ASSISTANT_DIRECTOR, HEAD_OF_SERVICE, PRINCIPAL_SOCIAL_WORKER,
                SERVICE_MANAGER, TEAM_MANAGER, QA_OFFICER, COMPLAINTS_OFFICER, PRACTITIONER, BOARD_MEMBER, ADMINISTRATOR);
    }

    /** Everyone who works with children's records; board members are the only staff without it. */
    public static Set<Role> staff() {
        return EnumSet.complementOf(EnumSet.of(BOARD_MEMBER));
    }

    /** Roles that see child-level detail (initials) of any case, not only their own team's. */
    public static Set<Role> childDetailAnyCase() {
        return EnumSet.of(TEAM_MANAGER, SERVICE_MANAGER, HEAD_OF_SERVICE, ASSISTANT_DIRECTOR, DIRECTOR,
                PRINCIPAL_SOCIAL_WORKER, QA_OFFICER, ADMINISTRATOR);
    }
}
