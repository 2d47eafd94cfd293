package org.trendfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class UsStatesTest {

    @Test
    void codesFromNamesAndCodesInAnyCaseWithBlanksCollapsed() {
        assertThat(UsStates.code("New York")).contains("NY");
        assertThat(UsStates.code("  new   york ")).contains("NY");
        assertThat(UsStates.code("ny")).contains("NY");
        assertThat(UsStates.code("District of Columbia")).contains("DC");
        assertThat(UsStates.code("Puerto Rico")).contains("PR");
        assertThat(UsStates.code("united states virgin islands")).contains("VI");
        assertThat(UsStates.code("U.S. Virgin Islands")).contains("VI");
        assertThat(UsStates.code("Wyoming")).contains("WY");
        assertThat(UsStates.code("Narnia")).isEmpty();
        assertThat(UsStates.code("")).isEmpty();
        assertThat(UsStates.code(null)).isEmpty();
    }

    @Test
    void fiftyStatesTheDistrictAndTheUspsPossessions() {
        assertThat(UsStates.all()).hasSize(59);
        assertThat(UsStates.all().stream().filter(s -> s.kind() == UsStates.Kind.STATE)).hasSize(50);
        assertThat(UsStates.all().stream().map(UsStates.UsState::code).distinct()).hasSize(59);
        // every code and every name (upper-cased) is a key; the Virgin Islands have two more names
        assertThat(UsStates.codeByUpperCaseNameOrCode()).hasSize(59 * 2 + 2)
                .containsEntry("VIRGIN ISLANDS", "VI").containsEntry("GU", "GU").containsEntry("OHIO", "OH");
    }

    @Test
    void mapNamesOnlyForStatesAndTheDistrict() {
        assertThat(UsStates.mapName("CA")).contains("California");
        assertThat(UsStates.mapName(" ca ")).contains("California");
        assertThat(UsStates.mapName("california")).contains("California");
        assertThat(UsStates.mapName("DC")).contains("District of Columbia");
        assertThat(UsStates.mapName("PR")).isEmpty();
        assertThat(UsStates.mapName("Guam")).isEmpty();
        // names match exactly apart from case: blanks inside are not collapsed here
        assertThat(UsStates.mapName("new  york")).isEmpty();
        assertThat(UsStates.mapName(null)).isEmpty();
        assertThat(UsStates.mapName("Unknown")).isEmpty();
    }

    @Test
    void everyStateNameMapsBackToItsCode() {
        UsStates.all().forEach(s -> {
            assertThat(UsStates.code(s.name().toLowerCase(Locale.ROOT))).contains(s.code());
            assertThat(UsStates.mapName(s.code()).isPresent()).isEqualTo(s.kind() != UsStates.Kind.POSSESSION);
        });
    }
}
