package org.sightline.complaints;

import java.util.List;
import java.util.Set;

/**
 * What the PSW edits. Free text uses the portal's formatting (paragraphs, "- " bullets) and is
 * kept as typed (see Markup).
 *
 * @param learning      each item's text and the ids of the complaint categories it cites
 * @param quoteIds      compliments to quote, in order; each must have consent to share
 */
public record BulletinDraft(String title, String introduction, String goodPractice, List<Learning> learning, List<Long> quoteIds,
                            String resources, String reflection, String correctionNote) {

    public record Learning(String text, Set<Long> categoryIds) {
    }
}
