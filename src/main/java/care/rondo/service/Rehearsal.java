package care.rondo.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own that is always rolled back, through the transaction API: a what-if applies
 * a change, reads what it did and leaves nothing behind. (It used to throw an exception to force the rollback.)
 */
@ApplicationScoped
public class Rehearsal {

    @Inject
    TransactionManager transactions;

    public <T> T rolledBack(Supplier<T> work) {
        try {
            Transaction outer = transactions.suspend();
            try {
                transactions.begin();
                try {
                    return work.get();
                } finally {
                    transactions.rollback();
                }
            } finally {
                if (outer != null) {
                    transactions.resume(outer);
                }
            }
        } catch (SystemException | NotSupportedException | InvalidTransactionException e) {
            throw new IllegalStateException("The transaction manager failed a rehearsal", e);
        }
    }
}
