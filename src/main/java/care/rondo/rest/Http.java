package care.rondo.rest;

import care.rondo.service.InvalidInputException;
import care.rondo.service.PageRequest;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Small HTTP helpers shared by the resources: ETags, If-Match and paging parameters. */
final class Http {
    private Http() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    static Response ok(Object body, long version) {
        return Response.ok(body).tag(etag(version)).build();
    }

    /** The version a write is based on: If-Match wins over the body's version; one of them is required. */
    static long expectedVersion(String ifMatch, Long bodyVersion) {
        return expectedVersion(ifMatch, bodyVersion, "version");
    }

    /** As above, for a body whose version field has another name ({@code rosterVersion}): a 400 names that field. */
    static long expectedVersion(String ifMatch, Long bodyVersion, String bodyField) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", "must be an ETag returned by this API");
            }
        }
        if (bodyVersion == null) {
            throw new InvalidInputException(bodyField, "must be sent (or an If-Match header) to update");
        }
        return bodyVersion;
    }

    /** For archiving: a stale If-Match is refused, but archiving without one is allowed (it is reversible). */
    static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : expectedVersion(ifMatch, null);
    }

    /** A list's {@code archived} filter and page; see {@link #page}. */
    record Listing(boolean archived, PageRequest page) {
    }

    static Listing listing(String archived, Integer page, Integer size, String sort) {
        List<InvalidInputException.FieldError> invalid = new ArrayList<>();
        boolean onlyArchived = archived(archived, invalid);
        PageRequest request = page(page, size, sort);
        invalid.addAll(request.invalid());
        return new Listing(onlyArchived, new PageRequest(request.page(), request.size(), sort, invalid));
    }

    /** The lists' {@code archived} filter: false unless asked; a typo is a 400, not a silent false. */
    private static boolean archived(String value, List<InvalidInputException.FieldError> invalid) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        invalid.add(new InvalidInputException.FieldError("archived", "must be true or false"));
        return false;
    }

    /**
     * Paging parameters. Nothing is thrown here: invalid ones travel in the request and the service's
     * {@link PageRequest#toSort} throws them together with an invalid sort, so one 400 names every invalid query
     * parameter; a list without a sort calls {@link PageRequest#requireValid}.
     */
    static PageRequest page(Integer page, Integer size, String sort) {
        List<InvalidInputException.FieldError> invalid = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            invalid.add(new InvalidInputException.FieldError("page", "must be 0 or more"));
            p = 0;
        }
        if (s < 1 || s > PageRequest.MAX_SIZE) {
            invalid.add(new InvalidInputException.FieldError("size", "must be between 1 and " + PageRequest.MAX_SIZE));
            s = 50;
        }
        return new PageRequest(p, s, sort, invalid);
    }

    /**
     * A read whose body has no version of its own: the ETag is a hash of the body, so a phone polling with
     * If-None-Match gets an empty 304 while nothing changed.
     */
    static Response conditional(HttpHeaders headers, Object body) {
        EntityTag tag = new EntityTag(hash(body.toString()));
        return notModified(headers, tag) ? Response.notModified(tag).build() : Response.ok(body).tag(tag).build();
    }

    /**
     * If-None-Match with the weak comparison RFC 9110 asks for: a proxy that compresses a response turns its
     * strong ETag into a weak one ({@code W/"..."}), and the client's next request must still match.
     */
    static boolean notModified(HttpHeaders headers, EntityTag current) {
        List<String> values = headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH);
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String candidate : value.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*")) {
                    return true;
                }
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("\"" + current.getValue() + "\"")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
