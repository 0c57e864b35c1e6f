package care.rondo.service.roster.solving;

import com.github.kagkarlsson.scheduler.serializer.Serializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * What a solve job carries in the job table: the request it serves and its limits. Stored as a short text, not
 * with Java serialization, so that the rows stay readable and no class loader has to resolve them.
 */
record SolveOrder(Instant requestedAt, Duration spent, Duration unimproved) {

    static final Serializer SERIALIZER = new Serializer() {
        @Override
        public byte[] serialize(Object data) {
            SolveOrder order = (SolveOrder) data;
            return (order.requestedAt() + " " + order.spent() + " " + order.unimproved())
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public <T> T deserialize(Class<T> type, byte[] bytes) {
            String[] parts = new String(bytes, StandardCharsets.UTF_8).split(" ");
            return type.cast(new SolveOrder(Instant.parse(parts[0]), Duration.parse(parts[1]),
                    Duration.parse(parts[2])));
        }
    };
}
