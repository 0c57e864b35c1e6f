package care.rondo.demo;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Forty-five fictional clients (invented names, random house numbers) in Lombok, Oog in Al and along the
 * Leidseweg, each with the care plans of one typical situation. The mix gives about 500 nurse-visits a week.
 */
final class DemoClients {

    private static final List<String> FIRST_NAMES = List.of("Truus", "Joke", "Riet", "Gerda", "Ans", "Wim", "Henk",
            "Kees", "Piet", "Fatima", "Mohamed", "Aaltje", "Bep", "Cor", "Dirk", "Ineke", "Jan", "Marijke", "Hassan",
            "Nel", "Sjaak", "Tineke", "Leny", "Ahmed", "Greet");
    private static final List<String> LAST_NAMES = List.of("van Dam", "de Boer", "Jansen", "Hendriks", "Dekker",
            "Brouwer", "van den Berg", "Kok", "Vos", "Peters", "Willems", "el Amrani", "Koster", "Prins", "Huisman",
            "Kuipers", "Postma", "Verhoeven", "Aydin", "Schouten");
    private static final List<String> STREETS = List.of("Kanaalstraat", "Damstraat", "Javastraat", "Sumatrastraat",
            "Balistraat", "Bankastraat", "Billitonkade", "Leidseweg", "Vleutenseweg", "Oog in Al-laan",
            "Lombokplein", "Molenpad");
    private static final List<String> NOTES = List.of("Key safe at the front door; code is with the team",
            "Dog in the garden: ring and wait", "Cat in the house", "Park on the canal side",
            "Daughter visits on Sundays, likes a word with the nurse");

    /** One typical situation: how many clients have it, and their care plans. */
    private record Situation(int clients, List<Supplier<CarePlan>> plans) {
    }

    private static final List<Situation> SITUATIONS = List.of(
            new Situation(8, List.of(DemoCarePlans::morningCare, DemoCarePlans::eveningCare)),
            new Situation(8, List.of(DemoCarePlans::morningCare)),
            new Situation(4, List.of(DemoCarePlans::insulinTwiceDaily)),
            new Situation(4, List.of(DemoCarePlans::insulinMorning, DemoCarePlans::morningCare)),
            new Situation(4, List.of(DemoCarePlans::woundCare, DemoCarePlans::morningCare)),
            new Situation(3, List.of(DemoCarePlans::woundCare)),
            new Situation(3, List.of(DemoCarePlans::hoistMorning, DemoCarePlans::hoistEvening)),
            new Situation(2, List.of(DemoCarePlans::palliative)),
            new Situation(5, List.of(DemoCarePlans::dementiaSupport)),
            new Situation(1, List.of(DemoCarePlans::catheterCare)),
            new Situation(1, List.of(DemoCarePlans::stomaCare)),
            new Situation(2, List.of(DemoCarePlans::insulinWithCheck)));

    private DemoClients() {
    }

    static List<DemoTeam.DemoClient> create(Random random, int nurseCount) {
        List<DemoTeam.DemoClient> clients = new ArrayList<>();
        for (Situation situation : SITUATIONS) {
            for (int n = 0; n < situation.clients(); n++) {
                int index = clients.size();
                Client client = client(random, index);
                List<CarePlan> plans = situation.plans().stream().map(Supplier::get).toList();
                clients.add(new DemoTeam.DemoClient(client, preferred(index, nurseCount),
                        refused(index, nurseCount), plans));
            }
        }
        return clients;
    }

    private static Client client(Random random, int index) {
        Client client = new Client();
        client.name = pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
        client.address = pick(random, STREETS) + " " + (1 + random.nextInt(140)) + ", Utrecht";
        // Lombok, Oog in Al and the Leidseweg lie within this box west of the city centre.
        client.latitude = 52.0855 + random.nextDouble() * 0.0110;
        client.longitude = 5.0830 + random.nextDouble() * 0.0230;
        client.notes = index % 4 == 0 ? NOTES.get(index / 4 % NOTES.size()) : null;
        return client;
    }

    /** Every fifth client has a regular nurse, and a few have two. */
    private static List<Integer> preferred(int index, int nurseCount) {
        if (index % 5 != 0) {
            return List.of();
        }
        int first = index / 5 % nurseCount;
        return index % 10 == 0 ? List.of(first, (first + 1) % nurseCount) : List.of(first);
    }

    /** A few clients refuse one nurse (an unwanted combination), never one they prefer. */
    private static List<Integer> refused(int index, int nurseCount) {
        return index % 11 == 7 ? List.of((index / 5 + 5) % nurseCount) : List.of();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
