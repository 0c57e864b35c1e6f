package care.rondo.rest.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;

import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;

/**
 * The loser of a race, i.e. of two writes that both passed the version check and of which the database refused the
 * second: names what it lost on and reads its current state (in a transaction of its own: the losing one is rolled
 * back), so that its 409 carries {@code current} like the 409 of a stale version.
 */
@RequestScoped
public class StaleWrites {

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentStateViews views;

    /** The stale-write exception in {@code e} or its causes, if there is one. */
    static Optional<RuntimeException> find(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Optional.of((RuntimeException) t);
            }
        }
        return Optional.empty();
    }

    /** The current state's view, or null when the exception does not say which row lost (a batch update). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Object current(Throwable e) {
        StaleObjectStateException stale = null;
        Object entity = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof StaleObjectStateException s) {
                stale = s;
            } else if (t instanceof OptimisticLockException lock && lock.getEntity() != null) {
                entity = lock.getEntity();
            }
        }
        Class<?> type;
        Object id;
        if (stale != null) {
            type = entityType(stale.getEntityName());
            id = stale.getIdentifier();
        } else if (entity != null) {
            type = entity.getClass();
            id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        } else {
            return null;
        }
        if (type == null || id == null) {
            return null;
        }
        return views.toView(entityManager.find(type, id));
    }

    private Class<?> entityType(String entityName) {
        for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
            if (entity.getJavaType().getName().equals(entityName) || entity.getName().equals(entityName)) {
                return entity.getJavaType();
            }
        }
        return null;
    }
}
