package care.rondo.service;

/** Unknown id, or an id of another team: both answer 404 so that existence is never revealed. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
