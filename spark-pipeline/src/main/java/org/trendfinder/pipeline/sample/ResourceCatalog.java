package org.trendfinder.pipeline.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Classroom products as they appear in Resources.csv: names with sizes and product codes, prices, vendors. */
final class ResourceCatalog {

    /** A catalog item; {@code codeStyle} 0 = name as is, 1 = "CODE - name", 2 = "name CODE". */
    record Item(String name, double minPrice, double maxPrice, String category, int codeStyle) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("Apple iPad 256GB WiFi", 329, 549, "Technology", 0),
            new Item("Apple iPad Mini 4 WiFi 128GB - Space Gray", 349, 429, "Technology", 0),
            new Item("Samsung Chromebook 3 11.6\" 4GB RAM 16GB eMMC", 179, 249, "Technology", 0),
            new Item("Stack & Store Book Bin - Blue", 4.99, 9.99, "Supplies", 1),
            new Item("Crayola Washable Markers, Broad Line, 10 Colors", 3.49, 8.99, "Supplies", 0),
            new Item("Ticonderoga Pencils #2, Pre-Sharpened, 72/Pack", 9.99, 17.99, "Supplies", 0),
            new Item("Expo Low-Odor Dry Erase Markers, Chisel Tip, 12 Pack", 8.99, 15.99, "Supplies", 0),
            new Item("Classroom Headphones with Microphone - Set of 10", 49.99, 129.99, "Technology", 2),
            new Item("Kore Wobble Chair 14in - Blue", 49.99, 69.99, "Supplies", 0),
            new Item("Bouncy Bands for Desks", 14.99, 24.99, "Supplies", 1),
            new Item("Balance Ball Chair, Kids Size", 29.99, 59.99, "Supplies", 2),
            new Item("Carpet Rug 8' x 12' Alphabet Seating", 149.99, 399.99, "Supplies", 1),
            new Item("Leveled Readers Library Grade 2 - Set of 60", 199.99, 349.99, "Books", 1),
            new Item("Scholastic Paperback Chapter Book Collection", 39.99, 119.99, "Books", 2),
            new Item("Magnetic Letters & Numbers Kit", 19.99, 39.99, "Supplies", 1),
            new Item("Math Manipulatives Center Kit - Grades K-2", 59.99, 149.99, "Supplies", 1),
            new Item("Learning Resources Snap Cubes, Set of 500", 24.99, 44.99, "Supplies", 2),
            new Item("Texas Instruments TI-84 Plus Graphing Calculator", 99.99, 129.99, "Technology", 0),
            new Item("Composition Notebook, Wide Ruled, 100 Sheets", 0.99, 2.49, "Supplies", 0),
            new Item("Heavy Duty 3-Ring Binder 1.5\"", 3.99, 7.99, "Supplies", 2),
            new Item("Sterilite 6 Qt Storage Box, Clear", 1.99, 4.99, "Supplies", 0),
            new Item("Tempera Paint 16 oz - Set of 12 Colors", 19.99, 49.99, "Supplies", 1),
            new Item("Artist Brush Assortment, 72 Pieces", 19.99, 39.99, "Supplies", 2),
            new Item("Fiskars Kids Scissors 5\" Blunt Tip, 12 Pack", 12.99, 24.99, "Supplies", 0),
            new Item("Elmer's Glue Sticks, 30 Count", 7.99, 14.99, "Supplies", 0),
            new Item("Privacy Shields for Student Desks - Set of 12", 24.99, 54.99, "Supplies", 1),
            new Item("Kindle Fire 7 Tablet 16GB with Alexa", 49.99, 69.99, "Technology", 0),
            new Item("Epson PowerLite Classroom Projector", 449.99, 699.99, "Technology", 2),
            new Item("HP LaserJet Pro Printer", 149.99, 279.99, "Technology", 2),
            new Item("Flip Video Camera HD", 79.99, 149.99, "Technology", 2),
            new Item("Portable Document Camera USB", 69.99, 139.99, "Technology", 2),
            new Item("Lakeshore Reading Comprehension Center", 29.99, 49.99, "Supplies", 1),
            new Item("Phonics Flash Cards - Complete Set", 9.99, 19.99, "Supplies", 1),
            new Item("Sentence Strips 3\" x 24\", 100 Strips", 3.99, 7.99, "Supplies", 0),
            new Item("Post-it Super Sticky Notes 3x3, 24 Pads", 14.99, 24.99, "Supplies", 0),
            new Item("Playground Ball Set 8.5\" - Set of 6", 24.99, 44.99, "Supplies", 2),
            new Item("Jump Ropes 9 ft, Set of 12", 14.99, 29.99, "Supplies", 2),
            new Item("Agility Cones 12\" - Set of 24", 19.99, 39.99, "Supplies", 2),
            new Item("Yamaha Student Keyboard 61 Keys", 99.99, 169.99, "Technology", 0),
            new Item("Granola Bars Variety Pack, 48 Count", 12.99, 21.99, "Supplies", 0),
            new Item("Kids Winter Coat - Assorted Sizes", 19.99, 39.99, "Supplies", 0),
            new Item("Anker Charging Station 10-Port USB", 29.99, 59.99, "Technology", 0),
            new Item("Rechargeable AA Batteries 24 Pack", 19.99, 34.99, "Supplies", 0),
            new Item("National Geographic Kids Magazine Subscription", 19.99, 29.99, "Books", 0),
            new Item("Spanish-English Picture Dictionary", 9.99, 19.99, "Books", 2),
            new Item("Pocket Chart with 10 Clear Pockets", 14.99, 29.99, "Supplies", 1),
            new Item("Sand Timers Assorted - Set of 6", 9.99, 19.99, "Supplies", 1),
            new Item("Clipboards Letter Size, 12 Pack", 14.99, 29.99, "Supplies", 0),
            new Item("Jumbo Foam Dice - Set of 10", 9.99, 19.99, "Supplies", 1),
            new Item("Colored Card Stock 8.5x11, 250 Sheets", 9.99, 16.99, "Supplies", 0));

    static final List<String> BRANDS = List.of(
            "Learning Resources", "Lakeshore", "Hand2Mind", "Educational Insights", "Melissa & Doug",
            "Carson Dellosa", "ECR4Kids", "Kaplan", "Delta Education", "Carolina");

    private static final List<String> VENDORS = List.of(
            "Amazon Business", "AKJ Education", "Lakeshore Learning Materials", "Best Buy Education", "CDW-G",
            "School Specialty", "Blick Art Materials", "Kaplan Early Learning", "Woodwind and Brasswind",
            "Quill.com", "Nasco", "Sportime", "Carolina Biological Supply Company", "Amazon Business",
            "Amazon Business", "AKJ Education", "Lakeshore Learning Materials");

    /** How a branded kit's name ends ("Learning Resources Magnets Starter Kit - LER2931"). */
    static final List<String> KIT_SUFFIXES = List.of("Set", "Kit", "Classroom Pack", "Bundle", "Starter Kit");
    /**
     * The product line a planted product is sold as ("Hand2Mind Terrariums Starter Set 4 Pack - HTM1234"): teachers
     * write the product's name, the catalogue adds these words, so a fragment of them rises with the product.
     */
    static final List<String> PRODUCT_LINES = List.of("Starter Set 4 Pack", "Explorer Bundle 6 Pack",
            "Deluxe Station 2 Pack", "Discovery Crate 12 Pack", "Junior Edition 10 Pack", "Super Combo 5 Pack",
            "Mega Tote 3 Pack", "Premium Module 2 Pack", "Classic Trunk 6 Pack", "Ultra Dock 4 Pack",
            "Voyager Caddy 8 Pack", "Pro Series 3 Pack", "Twin Carton 2 Pack", "Family Hamper 9 Pack");
    /** Percent of ordinary items that are such kits: kit wording is everyday catalog language. */
    static final int KIT_PERCENT = 12;

    private static final ZipfPicker<Item> ITEM_PICKER = new ZipfPicker<>(ITEMS, 0.8);

    private ResourceCatalog() {
    }

    static Item pickItem(SplittableRandom rng) {
        return ITEM_PICKER.pick(rng);
    }

    static String vendor(SplittableRandom rng) {
        // A few real rows carry no vendor.
        return rng.nextInt(100) < 2 ? "" : VENDORS.get(rng.nextInt(VENDORS.size()));
    }

    static String kitSuffix(SplittableRandom rng) {
        return KIT_SUFFIXES.get(rng.nextInt(KIT_SUFFIXES.size()));
    }

    static String brand(SplittableRandom rng) {
        return BRANDS.get(rng.nextInt(BRANDS.size()));
    }

    /** A product code such as "LC405BU" or "LER2931". */
    static void appendCode(StringBuilder out, SplittableRandom rng) {
        int letters = 2 + rng.nextInt(2);
        for (int i = 0; i < letters; i++) {
            out.append((char) ('A' + rng.nextInt(26)));
        }
        out.append(100 + rng.nextInt(9900));
        if (rng.nextBoolean()) {
            out.append((char) ('A' + rng.nextInt(26))).append((char) ('A' + rng.nextInt(26)));
        }
    }

    static void appendName(StringBuilder out, Item item, SplittableRandom rng) {
        switch (item.codeStyle()) {
            case 1 -> {
                appendCode(out, rng);
                out.append(" - ").append(item.name());
            }
            case 2 -> {
                out.append(item.name()).append(' ');
                appendCode(out, rng);
            }
            default -> out.append(item.name());
        }
    }

    static double price(Item item, SplittableRandom rng) {
        double p = item.minPrice() + rng.nextDouble() * (item.maxPrice() - item.minPrice());
        return Math.round(p * 100) / 100.0;
    }
}
