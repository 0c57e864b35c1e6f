package care.rondo.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One timestamp style in every response: RFC 3339 at whole seconds. Stamps (created, requested, checked in) are
 * UTC ({@code 2026-12-02T16:05:09Z}); times of the plan are in the team's zone with its offset
 * ({@code 2026-12-02T08:30:00+01:00}) so a board reads the wall clock, and both parse to the same instant. Before,
 * stamps came with micro- or nanoseconds from wherever they were made, so the same moment never compared equal.
 */
@Singleton
public class TimestampStyle implements ObjectMapperCustomizer {

    /** After Quarkus's own customizers: they register the JavaTimeModule, and the last serializer added wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("rondo-timestamps");
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator out, SerializerProvider serializers) throws IOException {
                out.writeString(DateTimeFormatter.ISO_INSTANT.format(value.truncatedTo(ChronoUnit.SECONDS)));
            }
        });
        module.addSerializer(OffsetDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator out, SerializerProvider serializers)
                    throws IOException {
                out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.truncatedTo(ChronoUnit.SECONDS)));
            }
        });
        mapper.registerModule(module);
    }
}
