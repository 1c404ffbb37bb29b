package org.sightline.audits.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random sample stratified across teams and levels of need: each stratum gets its share of
 * the sample in proportion to its size (largest remainders settle the rounding), and cases are
 * drawn at random within it. Pure and deterministic: the same candidates and seed always give
 * the same sample, which is why the seed is recorded.
 */
public final class Sampler {

    /** A case that may be sampled; {@code stratum} is e.g. "team 4 / CHILD_PROTECTION". */
    public record Candidate(long caseId, String stratum) {
    }

    private Sampler() {
    }

    public static List<Long> draw(List<Candidate> candidates, int size, long seed) {
        if (size <= 0 || candidates.isEmpty()) {
            return List.of();
        }
        Map<String, List<Long>> strata = new TreeMap<>();
        candidates.stream().sorted(Comparator.comparingLong(Candidate::caseId))
                .forEach(c -> strata.computeIfAbsent(c.stratum(), k -> new ArrayList<>()).add(c.caseId()));
        int total = candidates.size();
        int n = Math.min(size, total);
        Random random = new Random(seed);
        Map<String, Integer> quota = new TreeMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (var e : strata.entrySet()) {
            double exact = (double) n * e.getValue().size() / total;
            int whole = (int) Math.floor(exact);
            quota.put(e.getKey(), whole);
            given += whole;
            remainders.add(Map.entry(e.getKey(), exact - whole));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; given < n; i++, given++) {
            quota.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
        }
        List<Long> chosen = new ArrayList<>();
        for (var e : strata.entrySet()) {
            List<Long> ids = new ArrayList<>(e.getValue());
            Collections.shuffle(ids, random);
            chosen.addAll(ids.subList(0, Math.min(quota.get(e.getKey()), ids.size())));
        }
        Collections.sort(chosen);
        return chosen;
    }
}
