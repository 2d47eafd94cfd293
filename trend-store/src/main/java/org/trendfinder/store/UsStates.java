package org.trendfinder.store;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * US states, the District of Columbia and the possessions with their USPS two-letter codes. Source: USPS
 * Publication 28 (Postal Addressing Standards), Appendix B "Two-Letter State and Possession Abbreviations".
 * The pipeline maps the input's state column to codes ({@link #code}); the dashboard's map names the 50 states and
 * DC as its GeoJSON does ({@link #mapName}).
 */
public final class UsStates {

    /** What kind of place a code stands for: the dashboard's map draws states and the district only. */
    public enum Kind { STATE, DISTRICT, POSSESSION }

    /** A code, the name the map and USPS use, and other names the input may spell it with. */
    public record UsState(String code, String name, Kind kind, List<String> otherNames) {
        public UsState {
            otherNames = List.copyOf(otherNames);
        }

        Stream<String> names() {
            return Stream.concat(Stream.of(name), otherNames.stream());
        }
    }

    private static final List<UsState> ALL = List.of(
            state("AL", "Alabama"), state("AK", "Alaska"), state("AZ", "Arizona"), state("AR", "Arkansas"),
            state("CA", "California"), state("CO", "Colorado"), state("CT", "Connecticut"), state("DE", "Delaware"),
            new UsState("DC", "District of Columbia", Kind.DISTRICT, List.of()),
            state("FL", "Florida"), state("GA", "Georgia"), state("HI", "Hawaii"), state("ID", "Idaho"),
            state("IL", "Illinois"), state("IN", "Indiana"), state("IA", "Iowa"), state("KS", "Kansas"),
            state("KY", "Kentucky"), state("LA", "Louisiana"), state("ME", "Maine"), state("MD", "Maryland"),
            state("MA", "Massachusetts"), state("MI", "Michigan"), state("MN", "Minnesota"),
            state("MS", "Mississippi"), state("MO", "Missouri"), state("MT", "Montana"), state("NE", "Nebraska"),
            state("NV", "Nevada"), state("NH", "New Hampshire"), state("NJ", "New Jersey"),
            state("NM", "New Mexico"), state("NY", "New York"), state("NC", "North Carolina"),
            state("ND", "North Dakota"), state("OH", "Ohio"), state("OK", "Oklahoma"), state("OR", "Oregon"),
            state("PA", "Pennsylvania"), state("RI", "Rhode Island"), state("SC", "South Carolina"),
            state("SD", "South Dakota"), state("TN", "Tennessee"), state("TX", "Texas"), state("UT", "Utah"),
            state("VT", "Vermont"), state("VA", "Virginia"), state("WA", "Washington"),
            state("WV", "West Virginia"), state("WI", "Wisconsin"), state("WY", "Wyoming"),
            possession("AS", "American Samoa"), possession("GU", "Guam"),
            possession("MP", "Northern Mariana Islands"), possession("PR", "Puerto Rico"),
            possession("VI", "Virgin Islands", "U.S. Virgin Islands", "United States Virgin Islands"),
            possession("FM", "Federated States of Micronesia"), possession("MH", "Marshall Islands"),
            possession("PW", "Palau"));

    /** Upper-cased name or code -> code. */
    private static final Map<String, String> CODE_BY_KEY = codeByKey();

    /** Code -> name, for the places the map draws. */
    private static final Map<String, String> MAP_NAME_BY_CODE = Map.copyOf(ALL.stream()
            .filter(UsStates::onMap).collect(java.util.stream.Collectors.toMap(UsState::code, UsState::name)));

    private UsStates() {
    }

    private static UsState state(String code, String name) {
        return new UsState(code, name, Kind.STATE, List.of());
    }

    private static UsState possession(String code, String name, String... otherNames) {
        return new UsState(code, name, Kind.POSSESSION, List.of(otherNames));
    }

    private static boolean onMap(UsState s) {
        return s.kind() != Kind.POSSESSION;
    }

    private static Map<String, String> codeByKey() {
        Map<String, String> m = new HashMap<>();
        for (UsState s : ALL) {
            s.names().forEach(n -> m.put(n.toUpperCase(Locale.ROOT), s.code()));
            m.put(s.code(), s.code());
        }
        return Map.copyOf(m);
    }

    /** Every state, the district and the possessions, in USPS order. */
    public static List<UsState> all() {
        return ALL;
    }

    /** Every upper-cased name and code with its code: the table a lookup in a query engine is built from. */
    public static Map<String, String> codeByUpperCaseNameOrCode() {
        return CODE_BY_KEY;
    }

    /**
     * The USPS code of a name or code; names match case-insensitively with blanks collapsed ("  new   york "),
     * codes in any case ("ny"). Empty when unknown.
     */
    public static Optional<String> code(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODE_BY_KEY.get(nameOrCode.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)));
    }

    /**
     * The name the dashboard's map uses for one of the 50 states or DC, given as a code ("CA") or a name
     * ("california"), blanks around it ignored; empty for anything else (the possessions are not on the map).
     */
    public static Optional<String> mapName(String state) {
        String s = state == null ? "" : state.trim();
        String byCode = MAP_NAME_BY_CODE.get(s.toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        return MAP_NAME_BY_CODE.values().stream().filter(n -> n.equalsIgnoreCase(s)).findFirst();
    }
}
