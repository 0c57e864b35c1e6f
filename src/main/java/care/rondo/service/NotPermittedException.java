package care.rondo.service;

/** Signed in, but her role may not do this: a member writing another team's plan, a nurse managing accounts. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
