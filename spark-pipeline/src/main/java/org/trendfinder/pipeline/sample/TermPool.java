package org.trendfinder.pipeline.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Draws planted terms from the pool without reusing a word; only words the background never writes. */
final class TermPool {
    private final SplittableRandom rng;
    private final List<String[]> singles = new ArrayList<>();
    private final List<String> modifiers = new ArrayList<>();
    private final List<String[]> heads = new ArrayList<>();
    private final List<String> middles = new ArrayList<>();

    TermPool(SplittableRandom rng) {
        this.rng = rng;
        Set<String> background = Vocabulary.backgroundWords();
        for (String pair : Vocabulary.SINGLE_WORDS) {
            String[] f = pair.split(":");
            if (!background.contains(f[0]) && !background.contains(f[1])) {
                singles.add(f);
            }
        }
        Vocabulary.MODIFIERS.stream().filter(m -> !background.contains(m)).forEach(modifiers::add);
        Vocabulary.MIDDLES.stream().filter(m -> !background.contains(m)).forEach(middles::add);
        Vocabulary.HEADS.forEach(h -> heads.add(h.split(":")));
    }

    String[] take(int words) {
        if (words == 1) {
            return singles.remove(rng.nextInt(singles.size()));
        }
        String mod = modifiers.remove(rng.nextInt(modifiers.size()));
        String[] head = heads.remove(rng.nextInt(heads.size()));
        String lead = words == 3 ? mod + " " + middles.remove(rng.nextInt(middles.size())) : mod;
        return new String[]{lead + " " + head[0], lead + " " + head[1]};
    }
}
