package care.rondo.service.mobile;

import care.rondo.domain.Account;
import care.rondo.domain.Nurse;
import care.rondo.domain.Team;

/** The signed-in nurse: her account, the nurse she is and her team. */
public record Me(Account account, Nurse nurse, Team team) {
}
