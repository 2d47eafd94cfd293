package org.trendfinder.pipeline.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Real US states and counties (with a few of their cities and a zip prefix) where generated schools are placed.
 * Weights are rough population sizes, so big metro counties hold many schools and geographic splits have data.
 */
final class Geography {

    /** One county; {@code bigMetro} counties are mostly urban. */
    record County(String state, String stateCode, String county, List<String> cities, int zip3, double weight,
                  boolean bigMetro) {
    }

    // state|code|county|cities|zip3|weight (100k people)|big metro
    private static final String DATA = """
            Alabama|AL|Jefferson|Birmingham;Hoover|352|6.6|0
            Alabama|AL|Mobile|Mobile;Prichard|366|4.1|0
            Alaska|AK|Anchorage|Anchorage|995|2.9|0
            Arizona|AZ|Maricopa|Phoenix;Mesa;Chandler;Glendale;Scottsdale|850|43|1
            Arizona|AZ|Pima|Tucson;Marana|857|10|0
            Arkansas|AR|Pulaski|Little Rock;North Little Rock|722|3.9|0
            Arkansas|AR|Benton|Rogers;Bentonville|727|2.6|0
            California|CA|Los Angeles|Los Angeles;Long Beach;Pasadena;Compton;Glendale|900|100|1
            California|CA|San Diego|San Diego;Chula Vista;Escondido|921|33|1
            California|CA|San Francisco|San Francisco|941|8.8|1
            California|CA|Orange|Anaheim;Santa Ana;Irvine|927|32|0
            California|CA|Fresno|Fresno;Clovis|937|10|0
            California|CA|Sacramento|Sacramento;Elk Grove|958|15|0
            California|CA|Alameda|Oakland;Fremont;Hayward|946|16|0
            Colorado|CO|Denver|Denver|802|7.2|0
            Colorado|CO|El Paso|Colorado Springs|809|7.2|0
            Connecticut|CT|Hartford|Hartford;New Britain|061|8.9|0
            Connecticut|CT|New Haven|New Haven;Waterbury|065|8.6|0
            Delaware|DE|New Castle|Wilmington;Newark|198|5.6|0
            District of Columbia|DC|District of Columbia|Washington|200|7|0
            Florida|FL|Miami-Dade|Miami;Hialeah;Homestead|331|27|0
            Florida|FL|Broward|Fort Lauderdale;Hollywood|333|19|0
            Florida|FL|Hillsborough|Tampa;Plant City|336|14|0
            Florida|FL|Orange|Orlando;Apopka|328|13|0
            Georgia|GA|Fulton|Atlanta;Sandy Springs|303|10|0
            Georgia|GA|DeKalb|Decatur;Stone Mountain|300|7.5|0
            Georgia|GA|Chatham|Savannah|314|2.9|0
            Hawaii|HI|Honolulu|Honolulu;Kapolei|968|9.8|0
            Idaho|ID|Ada|Boise;Meridian|837|4.5|0
            Illinois|IL|Cook|Chicago;Evanston;Cicero;Skokie|606|52|1
            Illinois|IL|DuPage|Naperville;Wheaton|601|9.3|0
            Illinois|IL|Sangamon|Springfield|627|2|0
            Indiana|IN|Marion|Indianapolis|462|9.5|0
            Indiana|IN|Lake|Gary;Hammond|463|4.9|0
            Iowa|IA|Polk|Des Moines;Ankeny|503|4.7|0
            Kansas|KS|Sedgwick|Wichita|672|5.1|0
            Kentucky|KY|Jefferson|Louisville|402|7.7|0
            Louisiana|LA|Orleans|New Orleans|701|3.9|0
            Louisiana|LA|East Baton Rouge|Baton Rouge|708|4.4|0
            Maine|ME|Cumberland|Portland;South Portland|041|2.9|0
            Maryland|MD|Baltimore City|Baltimore|212|6.2|0
            Maryland|MD|Prince George's|Bowie;Hyattsville|207|9.1|0
            Massachusetts|MA|Suffolk|Boston;Chelsea;Revere|021|7.8|0
            Massachusetts|MA|Worcester|Worcester;Fitchburg|016|8.2|0
            Michigan|MI|Wayne|Detroit;Dearborn;Livonia|482|17.5|0
            Michigan|MI|Kent|Grand Rapids|495|6.4|0
            Minnesota|MN|Hennepin|Minneapolis;Bloomington|554|12|0
            Mississippi|MS|Hinds|Jackson|392|2.4|0
            Missouri|MO|St. Louis City|St. Louis|631|3.1|0
            Missouri|MO|Jackson|Kansas City;Independence|641|7|0
            Montana|MT|Yellowstone|Billings|591|1.6|0
            Nebraska|NE|Douglas|Omaha|681|5.5|0
            Nevada|NV|Clark|Las Vegas;Henderson;North Las Vegas|891|21|0
            New Hampshire|NH|Hillsborough|Manchester;Nashua|031|4.1|0
            New Jersey|NJ|Essex|Newark;East Orange|071|8|0
            New Jersey|NJ|Hudson|Jersey City;Union City|073|6.7|0
            New Mexico|NM|Bernalillo|Albuquerque|871|6.7|0
            New York|NY|Kings|Brooklyn|112|26|1
            New York|NY|Queens|Flushing;Jamaica;Astoria|113|23|1
            New York|NY|New York|New York|100|16|1
            New York|NY|Bronx|Bronx|104|14|1
            New York|NY|Richmond|Staten Island|103|4.7|1
            New York|NY|Erie|Buffalo;Cheektowaga|142|9.2|0
            New York|NY|Monroe|Rochester|146|7.5|0
            North Carolina|NC|Mecklenburg|Charlotte;Matthews|282|11|0
            North Carolina|NC|Wake|Raleigh;Cary|276|11|0
            North Dakota|ND|Cass|Fargo|581|1.8|0
            Ohio|OH|Cuyahoga|Cleveland;Parma|441|12.5|0
            Ohio|OH|Franklin|Columbus|432|13|0
            Ohio|OH|Hamilton|Cincinnati|452|8.2|0
            Oklahoma|OK|Oklahoma|Oklahoma City|731|7.9|0
            Oklahoma|OK|Tulsa|Tulsa;Broken Arrow|741|6.5|0
            Oregon|OR|Multnomah|Portland;Gresham|972|8.1|0
            Pennsylvania|PA|Philadelphia|Philadelphia|191|15.8|1
            Pennsylvania|PA|Allegheny|Pittsburgh;McKeesport|152|12.2|0
            Rhode Island|RI|Providence|Providence;Pawtucket|029|6.4|0
            South Carolina|SC|Charleston|Charleston;North Charleston|294|4|0
            South Carolina|SC|Greenville|Greenville|296|5.2|0
            South Dakota|SD|Minnehaha|Sioux Falls|571|1.9|0
            Tennessee|TN|Shelby|Memphis|381|9.4|0
            Tennessee|TN|Davidson|Nashville|372|6.9|0
            Texas|TX|Harris|Houston;Pasadena;Baytown|770|46|1
            Texas|TX|Dallas|Dallas;Irving;Garland|752|26|1
            Texas|TX|Bexar|San Antonio|782|20|1
            Texas|TX|Travis|Austin;Pflugerville|787|12|1
            Texas|TX|El Paso|El Paso|799|8.4|0
            Utah|UT|Salt Lake|Salt Lake City;West Valley City|841|11|0
            Vermont|VT|Chittenden|Burlington|054|1.6|0
            Virginia|VA|Fairfax|Fairfax;Reston|220|11|0
            Virginia|VA|Richmond City|Richmond|232|2.3|0
            Washington|WA|King|Seattle;Bellevue;Kent|981|22|0
            Washington|WA|Pierce|Tacoma|984|8.6|0
            West Virginia|WV|Kanawha|Charleston|253|1.8|0
            Wisconsin|WI|Milwaukee|Milwaukee;West Allis|532|9.5|0
            Wyoming|WY|Laramie|Cheyenne|820|1|0
            """;

    private static final List<County> COUNTIES = parse();

    private Geography() {
    }

    static List<County> counties() {
        return COUNTIES;
    }

    private static List<County> parse() {
        List<County> out = new ArrayList<>();
        for (String line : DATA.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            out.add(new County(f[0], f[1], f[2], List.of(f[3].split(";")), Integer.parseInt(f[4]),
                    Double.parseDouble(f[5]), f[6].equals("1")));
        }
        return List.copyOf(out);
    }
}
