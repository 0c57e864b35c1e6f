package care.rondo.service;

import care.rondo.domain.Account;
import care.rondo.domain.Role;
import care.rondo.domain.Team;
import care.rondo.security.TeamAccess;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;

/** Built-in accounts, managed by admins. Passwords are stored as bcrypt hashes only. */
@ApplicationScoped
public class AccountService {

    private static final Map<String, String> SORTABLE = Map.of("username", "username", "createdAt", "createdAt");

    @Inject
    TeamAccess access;

    public record AccountData(String username, String password, Role role, Long teamId, Long nurseId,
                              Boolean active) {
    }

    public Page<Account> list(PageRequest request) {
        requireAdmin();
        return Pages.of(Account.findAll(request.toSort(SORTABLE, "username")), request);
    }

    public Account get(long id) {
        requireAdmin();
        return Account.<Account>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    @Transactional
    public Account create(AccountData data) {
        requireAdmin();
        if (data.password() == null) {
            throw new InvalidInputException("password", "must not be blank");
        }
        if (Account.findByUsername(data.username()).isPresent()) {
            throw new ConflictException("This username is taken");
        }
        Account account = new Account();
        account.username = data.username();
        apply(account, data);
        account.persist();
        return account;
    }

    @Transactional
    public Account update(long id, long expectedVersion, AccountData data) {
        Account account = get(id);
        Versions.check("Account", account.version, expectedVersion, account);
        if (!account.username.equals(data.username())) {
            throw new InvalidInputException("username", "cannot be changed");
        }
        apply(account, data);
        account.flush();
        return account;
    }

    private void apply(Account account, AccountData data) {
        if (data.role() == Role.MEMBER && data.teamId() == null) {
            throw new InvalidInputException("teamId", "is required for a member");
        }
        if (data.role() != Role.MEMBER && data.teamId() != null) {
            throw new InvalidInputException("teamId", "must be empty: only members belong to a team");
        }
        if (data.teamId() != null && Team.findById(data.teamId()) == null) {
            throw new InvalidInputException("teamId", "names no team");
        }
        if (data.nurseId() != null && (data.teamId() == null
                || care.rondo.domain.Nurse.findInTeam(data.teamId(), data.nurseId()).isEmpty())) {
            throw new InvalidInputException("nurseId", "must name a nurse of the member's team");
        }
        if (data.nurseId() != null && Account.count("nurseId = ?1 and username <> ?2", data.nurseId(),
                data.username()) > 0) {
            throw new ConflictException("Another account already signs in as nurse " + data.nurseId());
        }
        account.role = data.role();
        account.teamId = data.teamId();
        account.nurseId = data.nurseId();
        if (data.password() != null) {
            account.passwordHash = BcryptUtil.bcryptHash(data.password());
        }
        if (data.active() != null) {
            account.active = data.active();
        }
    }

    private void requireAdmin() {
        if (!access.isAdmin()) {
            throw new NotPermittedException("Only admins manage accounts");
        }
    }
}
