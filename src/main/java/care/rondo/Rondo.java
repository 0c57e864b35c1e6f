package care.rondo;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

@QuarkusMain
public class Rondo {
    public static void main(String... args) {
        Quarkus.run(args);
    }
}
