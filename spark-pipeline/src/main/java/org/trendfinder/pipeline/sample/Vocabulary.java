package org.trendfinder.pipeline.sample;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The generic classroom vocabulary every project is written from (Zipf-ranked word lists and sentence
 * templates), and the pool planted terms are drawn from. The pool is disjoint from the background words, so a
 * planted term occurs only where the plan puts it.
 *
 * <p>Template slots: {L} learners, {A} adjective, {V} verb, {G} gerund, {N} plural noun, {T} topic, {S} skill,
 * {C} community word, {P} a percentage, {X} a planted term, or in projects without one an ordinary noun: the
 * term frames are everyday phrasing, so their words are as common in background projects as anywhere.
 */
final class Vocabulary {

    static final ZipfPicker<String> LEARNERS = zipf(
            "students", "learners", "kids", "children", "scholars", "readers", "kindergarteners", "writers",
            "scientists", "artists", "mathematicians", "musicians", "athletes", "friends");
    static final ZipfPicker<String> ADJECTIVES = zipf(
            "amazing", "curious", "creative", "eager", "hardworking", "energetic", "bright", "enthusiastic",
            "diverse", "wonderful", "resilient", "motivated", "kind", "talented", "unique", "inquisitive",
            "determined", "hands-on", "engaged", "excited", "happy", "special", "young", "active", "caring",
            "confident", "independent", "imaginative", "thoughtful", "passionate", "friendly", "brilliant",
            "respectful", "playful", "focused", "ambitious", "compassionate", "courageous", "joyful", "lively",
            "observant", "patient", "persistent", "clever", "cheerful", "helpful", "inventive", "adventurous");
    static final ZipfPicker<String> VERBS = zipf(
            "learn:learning", "read:reading", "explore:exploring", "create:creating", "write:writing",
            "build:building", "discover:discovering", "practice:practicing", "share:sharing", "grow:growing",
            "play:playing", "succeed:succeeding", "collaborate:collaborating", "investigate:investigating",
            "design:designing", "experiment:experimenting", "listen:listening", "imagine:imagining",
            "solve:solving", "communicate:communicating", "move:moving", "focus:focusing", "draw:drawing",
            "paint:painting", "sing:singing", "dance:dancing", "research:researching", "present:presenting",
            "count:counting", "measure:measuring", "sort:sorting", "observe:observing", "question:questioning",
            "compose:composing", "perform:performing", "invent:inventing", "calculate:calculating",
            "organize:organizing", "express:expressing", "reflect:reflecting", "connect:connecting",
            "thrive:thriving", "participate:participating", "publish:publishing", "type:typing");
    static final ZipfPicker<String> NOUNS = zipf(
            "books", "materials", "supplies", "tools", "resources", "games", "markers", "pencils", "headphones",
            "tablets", "chairs", "notebooks", "folders", "crayons", "paper", "manipulatives", "puzzles",
            "laptops", "chromebooks", "calculators", "rugs", "tables", "bins", "shelves", "cushions", "balls",
            "paints", "brushes", "scissors", "glue sticks", "dry erase boards", "whiteboards", "easels",
            "magazines", "novels", "picture books", "chapter books", "blocks", "cards", "dice", "timers",
            "clipboards", "backpacks", "snacks", "uniforms", "instruments", "speakers", "cameras", "printers",
            "projectors", "batteries", "charging stations", "storage containers", "pocket charts", "sticky notes",
            "sentence strips", "flash cards", "workbooks", "binders", "stools", "mats", "lights", "keyboards",
            "microphones", "costumes", "jerseys", "cones", "jump ropes", "beads", "clay", "yarn", "fabric");
    static final ZipfPicker<String> TOPICS = zipf(
            "reading", "math", "science", "writing", "art", "music", "history", "literacy", "technology",
            "engineering", "physical education", "social studies", "geography", "poetry", "coding", "health",
            "nutrition", "theater", "chemistry", "biology", "physics", "algebra", "geometry", "economics",
            "civics", "spanish", "phonics", "spelling", "vocabulary", "grammar", "fitness", "band", "chorus",
            "photography", "journalism", "debate", "ecology", "anatomy", "astronomy", "statistics");
    static final ZipfPicker<String> SKILLS = zipf(
            "confidence", "independence", "critical thinking", "problem solving", "teamwork", "collaboration",
            "fluency", "comprehension", "creativity", "perseverance", "communication", "responsibility",
            "number sense", "fine motor skills", "self-regulation", "leadership", "empathy", "curiosity",
            "organization", "resilience", "stamina", "focus", "social skills", "self-esteem");
    static final ZipfPicker<String> COMMUNITY = zipf(
            "community", "neighborhood", "school", "district", "city", "town", "village", "county", "area");

    static final List<String> STUDENT_SENTENCES = List.of(
            "My {L} are {A} and {A} {L} who love to {V} and {V}.",
            "Our school serves families in our {A} {C}, where many struggle to provide {N} at home.",
            "Most of my students receive free or reduced-price lunch, and {P} percent of them are English language learners.",
            "I teach {T} in a Title I school, and every day my {L} amaze me.",
            "They come to class {A} and ready to {V}, even when they face challenges outside of school.",
            "Many of my {L} have never had their own {N}.",
            "My {L} are {A}, {A}, and full of energy.",
            "We are a small school in our {A} {C} with a strong love of {T}.",
            "Every morning my {L} walk in eager to {V} something new.",
            "My classroom is a place where every student feels safe to {V}, {V}, and {V}.",
            "Our {C} has faced many challenges, but my {L} never give up.",
            "These {A} {L} deserve the same opportunities as students anywhere.",
            "My {L} love {G} and {G}, and they are always asking for more {T}.",
            "About {P} percent of our families live below the poverty line.",
            "I have the privilege of teaching {A} {L} who are learning to {V} every day.");
    static final List<String> PROJECT_SENTENCES = List.of(
            "This project will provide {N} and {N} for our classroom.",
            "With these {N}, my students will be able to {V} {T} in a hands-on way.",
            "The {N} will help my {L} build {S} and {S}.",
            "I am requesting {N} so that every student can {V} at their own pace.",
            "Having {N} in the classroom will make {T} time more {A}.",
            "Students will use the {N} during {T} centers and small group instruction.",
            "The new {N} will let my {L} {V}, {V}, and {V} together.",
            "We currently share a few old {N}, and students often wait their turn instead of {G}.",
            "These {N} will support our {T} lessons throughout the year.",
            "My {L} will use the {N} to {V} and share their work with the class.",
            "{T} comes alive when students can {V} with real {N}.",
            "Our goal is to improve {S} through daily {T} practice.");
    static final List<String> CLOSING_SENTENCES = List.of(
            "Your donation will make a lasting difference for my {L}.",
            "Thank you for helping my students {V} and {V}!",
            "As one of my students said, \"I love {G} with my friends!\"",
            "Together, we can give them the tools they need to succeed, grow, and {V}.",
            "Your support will help my {L} develop {S} that will last a lifetime.",
            "Any help is greatly appreciated, and my {L} will be so {A}.",
            "Please help us bring {T} to life for these {A} {L}.");
    static final List<String> TERM_SENTENCES = List.of(
            "I am requesting {X} so that my students can {V} {T} in new ways.",
            "With {X}, my {L} will {V} and {V} every day.",
            "Our class has been talking about {X} all year, and the students are {A} to {V}.",
            "The {X} will help my students build {S}.",
            "Using {X}, my {L} can {V} during {T} and beyond.",
            "We will add {X} to our {T} centers, so every student gets a turn.");
    /**
     * The sentences every mention of a planted term is written in ("I have seen how {X} ..."). Background
     * projects use them too, at the rate of any project sentence, so their own words (see {@link #frameWords})
     * rise a little with every trend at once: a finder must not report them.
     */
    static final List<String> FRAME_SENTENCES = List.of(
            "I have seen how {X} engages my {L}, and I want every student to {V} with them.",
            "Colleagues down the hall noticed how {X} transformed {T} in their rooms.",
            "We are hoping {X} will spark the same excitement in our {T} block.",
            "Ever since a workshop showed us {X}, my {L} keep begging to {V} with them.");
    static final List<String> TITLES = List.of(
            "{A} {L} Need {N}!", "Help Us {V} {T}!", "{T} Is Fun!", "{N} for {A} Minds", "Let's {V} Together",
            "Bringing {T} to Life", "{V}, {V}, {V}!", "{A} {L} Love {T}", "Ready to {V}!", "{N} for Our Classroom",
            "{G} Through {T}", "Help Us {V} and {V}", "Fueling {A} Minds", "{T} for Everyone");
    static final List<String> TERM_TITLES = List.of(
            "{X} for Our Classroom", "Exploring {X}!", "{A} {L} Love {X}", "Help Us Get {X}", "{X} in {T}");

    // The planted-term pool: single nouns with their plural, and phrase parts.
    static final List<String> SINGLE_WORDS = List.of(
            "terrarium:terrariums", "insect:insects", "microscope:microscopes", "telescope:telescopes",
            "drone:drones", "kiln:kilns", "ukulele:ukuleles", "aquarium:aquariums", "beehive:beehives",
            "compass:compasses", "fossil:fossils", "puppet:puppets", "loom:looms", "magnet:magnets",
            "trampoline:trampolines", "hammock:hammocks", "pendulum:pendulums", "prism:prisms",
            "circuit:circuits", "robot:robots", "metronome:metronomes", "skateboard:skateboards",
            "canoe:canoes", "atlas:atlases", "globe:globes", "kaleidoscope:kaleidoscopes",
            "xylophone:xylophones", "butterfly:butterflies", "caterpillar:caterpillars", "seedling:seedlings",
            "tadpole:tadpoles", "mineral:minerals", "crystal:crystals", "volcano:volcanoes",
            "satellite:satellites", "rocket:rockets", "glider:gliders", "kite:kites", "lantern:lanterns",
            "quilt:quilts", "marimba:marimbas", "harmonica:harmonicas", "thermometer:thermometers",
            "barometer:barometers", "hourglass:hourglasses", "sundial:sundials", "abacus:abacuses",
            "gyroscope:gyroscopes", "periscope:periscopes", "windmill:windmills", "turbine:turbines",
            "catapult:catapults", "pulley:pulleys", "lever:levers", "hovercraft:hovercrafts",
            "snowshoe:snowshoes", "lizard:lizards", "hamster:hamsters", "tortoise:tortoises", "ladybug:ladybugs",
            "earthworm:earthworms", "mushroom:mushrooms", "cactus:cacti", "sunflower:sunflowers",
            "pumpkin:pumpkins", "seashell:seashells", "geode:geodes", "meteorite:meteorites", "comet:comets",
            "planetarium:planetariums", "hologram:holograms", "podcast:podcasts", "animation:animations",
            "origami:origamis", "mosaic:mosaics", "sculpture:sculptures", "tambourine:tambourines",
            "bongo:bongos", "cajon:cajons", "accordion:accordions", "banjo:banjos", "mandolin:mandolins");
    static final List<String> MODIFIERS = List.of(
            "wobble", "sensory", "mindful", "maker", "solar", "portable", "magnetic", "interactive", "bilingual",
            "outdoor", "tactile", "kinetic", "modular", "acoustic", "weighted", "hydroponic", "rolling",
            "tabletop", "handheld", "floating", "glowing", "inflatable", "collapsible", "waterproof", "wireless",
            "recycled", "vertical", "miniature", "bouncy", "squishy");
    static final List<String> HEADS = List.of(
            "seat:seats", "pillow:pillows", "path:paths", "station:stations", "lab:labs", "garden:gardens",
            "kit:kits", "panel:panels", "cart:carts", "tile:tiles", "lamp:lamps", "stool:stools",
            "dome:domes", "tent:tents", "tray:trays", "pod:pods", "wall:walls", "bench:benches",
            "nook:nooks", "canopy:canopies", "tower:towers", "bridge:bridges", "wagon:wagons", "cube:cubes");
    static final List<String> MIDDLES = List.of(
            "sand", "water", "light", "sound", "wind", "rain", "rock", "leaf", "cloud", "star", "moon", "ocean",
            "forest", "river", "desert", "weather", "planet", "soil");

    private Vocabulary() {
    }

    private static ZipfPicker<String> zipf(String... words) {
        return new ZipfPicker<>(Arrays.asList(words), 1.0);
    }

    /** Every lower-case word the background text can contain (word lists and template literals). */
    static Set<String> backgroundWords() {
        Set<String> words = new HashSet<>();
        Stream.of(LEARNERS, ADJECTIVES, VERBS, NOUNS, TOPICS, SKILLS, COMMUNITY)
                .flatMap(p -> p.items().stream()).forEach(w -> addWords(words, w));
        Stream.of(STUDENT_SENTENCES, PROJECT_SENTENCES, CLOSING_SENTENCES, TITLES, TERM_SENTENCES, TERM_TITLES,
                        FRAME_SENTENCES, ResourceCatalog.PRODUCT_LINES)
                .flatMap(List::stream).forEach(s -> addWords(words, s));
        ResourceCatalog.ITEMS.forEach(item -> addWords(words, item.name()));
        ResourceCatalog.BRANDS.forEach(b -> addWords(words, b));
        ResourceCatalog.KIT_SUFFIXES.forEach(k -> addWords(words, k));
        return words;
    }

    /** The words of the frame sentences that no other background sentence or word list uses. */
    static Set<String> frameWords() {
        Set<String> frame = new HashSet<>();
        FRAME_SENTENCES.forEach(f -> addWords(frame, f.replaceAll("\\{.}", " ")));
        Set<String> elsewhere = new HashSet<>();
        Stream.of(LEARNERS, ADJECTIVES, VERBS, NOUNS, TOPICS, SKILLS, COMMUNITY)
                .flatMap(p -> p.items().stream()).forEach(w -> addWords(elsewhere, w));
        Stream.of(STUDENT_SENTENCES, PROJECT_SENTENCES, CLOSING_SENTENCES, TITLES, TERM_SENTENCES, TERM_TITLES)
                .flatMap(List::stream).forEach(t -> addWords(elsewhere, t));
        frame.removeAll(elsewhere);
        frame.removeIf(w -> w.length() < 4); // articles and pronouns are stop words
        return new java.util.TreeSet<>(frame);
    }

    /** The words of the product lines that no other background text uses: a trend finder must not report them. */
    static Set<String> productLineWords() {
        Set<String> lines = new HashSet<>();
        ResourceCatalog.PRODUCT_LINES.forEach(l -> addWords(lines, l));
        Set<String> elsewhere = new HashSet<>();
        Stream.of(LEARNERS, ADJECTIVES, VERBS, NOUNS, TOPICS, SKILLS, COMMUNITY)
                .flatMap(p -> p.items().stream()).forEach(w -> addWords(elsewhere, w));
        Stream.of(STUDENT_SENTENCES, PROJECT_SENTENCES, CLOSING_SENTENCES, TITLES, TERM_SENTENCES, TERM_TITLES,
                FRAME_SENTENCES, ResourceCatalog.KIT_SUFFIXES, ResourceCatalog.BRANDS).flatMap(List::stream)
                .forEach(t -> addWords(elsewhere, t));
        ResourceCatalog.ITEMS.forEach(item -> addWords(elsewhere, item.name()));
        lines.removeAll(elsewhere);
        lines.remove("pack");
        return new java.util.TreeSet<>(lines);
    }

    static void addWords(Set<String> into, String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!w.isEmpty()) {
                into.add(w);
            }
        }
    }
}
