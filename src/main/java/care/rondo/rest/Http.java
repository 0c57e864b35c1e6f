package care.rondo.rest;

import care.rondo.service.InvalidInputException;
import care.rondo.service.PageRequest;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", "must be an ETag returned by this API");
            }
        }
        if (bodyVersion == null) {
            throw new InvalidInputException("version", "must be sent (or an If-Match header) to update");
        }
        return bodyVersion;
    }

    /** For archiving: a stale If-Match is refused, but archiving without one is allowed (it is reversible). */
    static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : expectedVersion(ifMatch, null);
    }

    /** The lists' {@code archived} filter: false unless asked; a typo is a 400, not a silent false. */
    static boolean archived(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException("archived", "must be true or false");
    }

    static PageRequest page(Integer page, Integer size, String sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (s < 1 || s > PageRequest.MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        return new PageRequest(p, s, sort);
    }

    /**
     * A read whose body has no version of its own: the ETag is a hash of the body, so a phone polling with
     * If-None-Match gets an empty 304 while nothing changed.
     */
    static Response conditional(Request request, Object body) {
        EntityTag tag = new EntityTag(hash(body.toString()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(body).tag(tag).build();
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
