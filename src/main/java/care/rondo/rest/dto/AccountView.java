package care.rondo.rest.dto;

import care.rondo.domain.Account;
import care.rondo.domain.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Account")
public record AccountView(long id, String username, Role role, Long teamId, Long nurseId, boolean active, long version,
                          Instant createdAt) {
    public static AccountView of(Account a) {
        return new AccountView(a.id, a.username, a.role, a.teamId, a.nurseId, a.active, a.version, a.createdAt);
    }
}
