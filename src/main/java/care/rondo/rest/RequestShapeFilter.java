package care.rondo.rest;

import care.rondo.rest.error.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Refuses, before any routing, requests whose shape alone is wrong, with the API's problem+json:
 * <ul>
 * <li>a path with dot segments, plain or percent-encoded ({@code %2e%2e}, {@code .%2E}, {@code ..%2f}): Vert.x
 * would resolve them to the parent resource and serve that, so {@code .../care-plans/%2e%2e} read the client; no
 * URL of this API contains one, so 400;</li>
 * <li>a request line longer than {@code rondo.http.max-uri-length}: 414;</li>
 * <li>header fields larger than {@code rondo.http.max-header-bytes} in all: 431.</li>
 * </ul>
 * The last two limits are enforced here rather than by the HTTP decoder because Vert.x answers its own limits with
 * an empty 414/431 that Quarkus offers no hook to shape; the decoder's limits ({@code quarkus.http.limits.*}) are
 * set far above these (see application.properties), so only a request past those gets the bare answer.
 */
@ApplicationScoped
public class RequestShapeFilter {

    /** Before the security-header filters would matter: nothing of these requests reaches a resource. */
    private static final int PRIORITY = 10_000;

    @ConfigProperty(name = "rondo.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "rondo.http.max-header-bytes", defaultValue = "16384")
    int maxHeaderBytes;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            refuse(context, Problem.of(414, "URI Too Long",
                    "The request URI is longer than " + maxUriLength + " characters"));
        } else if (headerBytes(request) > maxHeaderBytes) {
            refuse(context, Problem.of(431, "Request Header Fields Too Large",
                    "The request's header fields are larger than " + maxHeaderBytes + " bytes in all"));
        } else if (hasDotSegment(uri)) {
            refuse(context, new Problem("about:blank", "Invalid request", 400,
                    "path must not contain dot segments (\".\", \"..\") or encoded slashes", null,
                    java.util.List.of(new Problem.FieldProblem("path", "must not contain dot segments or encoded slashes")), null));
        } else {
            context.next();
        }
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    /**
     * True when a segment of the URI's path, percent-decoded, is "." or "..", or hides a slash or backslash that
     * would make one ({@code ..%2f}). A segment that is not valid percent-encoded UTF-8 is left to the router.
     */
    static boolean hasDotSegment(String uri) {
        String path = uri;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        int scheme = path.indexOf("://");
        if (scheme >= 0) { // absolute-form request target: the path starts after the authority
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        for (String segment : path.split("/", -1)) {
            String decoded = decode(segment);
            if (decoded != null && (decoded.equals(".") || decoded.equals("..") || decoded.indexOf('/') >= 0
                    || decoded.indexOf('\\') >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** The segment percent-decoded as UTF-8; null when it is not valid. */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return null;
                }
                int high = Character.digit(segment.charAt(i + 1), 16);
                int low = Character.digit(segment.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem always serialises", e);
        }
        context.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(body);
    }
}
