package org.trendfinder.pipeline.sample;

import java.util.SplittableRandom;

/**
 * Composes one project's Resources.csv rows. They come before the project's own row: its cost, resource
 * category and need statement are computed from them.
 */
final class ResourceRows {

    /**
     * What the project row needs from its resources.
     *
     * @param costCents     the total cost
     * @param firstCategory the category of the first catalogue item (null when every item was a branded product)
     * @param needItem      the item the need statement names (null when there are none)
     * @param rows          rows written
     */
    record Written(long costCents, String firstCategory, String needItem, int rows) {
    }

    private final StringBuilder name = new StringBuilder(256);

    /**
     * Draws the project's items and, when {@code write} (its id is usable), appends their rows to {@code out}.
     * The first item features the carried term six times in ten.
     */
    Written compose(StringBuilder out, String rowId, boolean write, CarriedTerms terms, SplittableRandom rng) {
        long costCents = 0;
        String firstCategory = null;
        String needItem = null;
        int rows = 0;
        int items = Math.min(25, 1 + (int) (-Math.log(1 - rng.nextDouble()) * 2.5));
        for (int r = 0; r < items; r++) {
            name.setLength(0);
            int qty = rng.nextInt(10) < 6 ? 1 : rng.nextInt(10) < 7 ? 2 + rng.nextInt(4) : 6 + rng.nextInt(25);
            long cents;
            String vendor = ResourceCatalog.vendor(rng);
            boolean plantedItem = r == 0 && terms.any() && rng.nextInt(10) < 6;
            boolean kit = rng.nextInt(100) < ResourceCatalog.KIT_PERCENT;
            if (plantedItem || kit) {
                // A branded product: the planted term's, or a kit of an ordinary noun in any project. Kit
                // wording comes at the catalog's usual rate whatever the product, so it never marks a trend.
                String what = plantedItem ? terms.featured()[rng.nextInt(terms.featured().length)]
                        : Vocabulary.NOUNS.pick(rng);
                name.append(ResourceCatalog.brand(rng)).append(' ');
                ProjectText.appendTitleCase(name, what);
                if (plantedItem) {
                    name.append(' ').append(terms.featuredSignal().truth.productLine());
                } else {
                    name.append(' ').append(ResourceCatalog.kitSuffix(rng));
                }
                name.append(" - ");
                ResourceCatalog.appendCode(name, rng);
                cents = 1500 + rng.nextInt(10_000);
                if (needItem == null) {
                    needItem = name.toString();
                }
            } else {
                ResourceCatalog.Item item = ResourceCatalog.pickItem(rng);
                ResourceCatalog.appendName(name, item, rng);
                cents = Math.round(ResourceCatalog.price(item, rng) * 100);
                if (firstCategory == null) {
                    firstCategory = item.category();
                }
                if (needItem == null) {
                    needItem = item.name();
                }
            }
            costCents += cents * qty;
            if (write) {
                Csv.field(out, rowId);
                out.append(',');
                Csv.field(out, name);
                out.append(',').append(qty).append(',');
                Csv.money(out, cents, false);
                out.append(',');
                Csv.field(out, vendor);
                out.append(Csv.RECORD_END);
                rows++;
            }
        }
        return new Written(costCents, firstCategory, needItem, rows);
    }
}
