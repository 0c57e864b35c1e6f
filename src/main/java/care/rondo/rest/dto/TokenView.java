package care.rondo.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Token")
public record TokenView(String accessToken, String tokenType, long expiresIn, String role, Long teamId) {
}
