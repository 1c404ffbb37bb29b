package org.sightline.audits.template;

import java.util.List;

/**
 * The six domains and grade descriptors Sightline ships with, written for Sightline from the
 * common shape of English local-authority audit frameworks. Administrators publish their own
 * wording as a new template version.
 */
public final class DefaultTemplate {

    private DefaultTemplate() {
    }

    public static List<TemplateDomain> domains() {
        return List.of(
                new TemplateDomain("Voice of the child",
                        "The child's voice runs through the whole record. Visits are regular, purposeful and include time alone with the child where right for them. Creative direct work shows what daily life is like for the child, and their wishes and feelings visibly shape decisions. Advocacy is offered and used.",
                        "The child is seen, and seen alone when appropriate, within statutory timescales. Direct work suits the child's age and understanding, their views are recorded, and the record gives a good picture of their lived experience. Advocacy is offered.",
                        "The child is seen regularly, though timescales have sometimes slipped. There is some meaningful direct work and some recording of the child's views, but the record gives only a partial picture of what life is like for them.",
                        "The child has not been seen regularly or alone, without a good reason recorded. There is little or no direct work and little record of the child's views; the record does not show the child's lived experience."),
                new TemplateDomain("Assessment",
                        "The assessment is timely, analytical and uses history, research and every relevant voice, including the wider family and other agencies. It weighs strengths against risks, includes a genogram and ecomap, and leads directly to help that makes a difference.",
                        "The assessment is timely and proportionate, draws on history and the views of the family and partners, and is updated when circumstances change. Risks and strengths are both clear and the analysis supports the plan.",
                        "An assessment is in place but is partly out of date, descriptive more than analytical, or missing some views or history. The link between what is known and what is planned is not always clear.",
                        "There is no current assessment, or it is so late, thin or out of date that it cannot guide the work. Risks are not understood."),
                new TemplateDomain("Quality of plans",
                        "The plan is SMART, written with the family in language they understand, and focused on outcomes for the child. It is reviewed on time, contingencies are clear, and progress is measurable and being made.",
                        "The plan addresses the needs identified in the assessment, with clear actions, owners and timescales. It is reviewed within timescales and the family knows what is expected and why.",
                        "A plan exists but actions are vague, owners or timescales are missing, or reviews have slipped. It is not clear how progress will be measured.",
                        "There is no plan, or it bears little relation to the child's needs and risks. Drift and delay are evident."),
                new TemplateDomain("Effectiveness of partnership working",
                        "Agencies share information promptly, attend and contribute to meetings, and hold each other to account. The family experiences joined-up help, and disagreements are resolved quickly and openly.",
                        "Relevant partners are involved, share information appropriately and carry out agreed actions. Meetings happen when they should and are well attended.",
                        "Partners are involved but information-sharing or attendance is inconsistent, and some agreed actions are not followed through.",
                        "Key partners are absent from the work, information is not shared, and this leaves the child at risk or without help."),
                new TemplateDomain("Supervision and management oversight",
                        "Regular reflective supervision is recorded on the file, with clear decisions, rationale and actions that are followed up. Managers know the child and their oversight visibly improves the work.",
                        "Supervision happens at the expected frequency and is recorded, with clear decisions and actions. Management oversight is evident at key points.",
                        "Supervision or oversight is recorded but irregular, or decisions lack rationale and actions are not revisited.",
                        "There is little or no recorded supervision or management oversight, and drift or risk has gone unchallenged."),
                new TemplateDomain("Embracing diversity",
                        "The child's identity, culture, faith, language, disability and communication needs are understood and celebrated, and shape every part of the work. Interpreters and adjustments are used as a matter of course.",
                        "Identity and diversity are considered in assessment and planning, and the help offered responds to them.",
                        "Identity and diversity are mentioned but do not clearly inform the assessment, plan or help offered.",
                        "The child's identity and needs arising from diversity are ignored or misunderstood, to the child's detriment."));
    }
}
