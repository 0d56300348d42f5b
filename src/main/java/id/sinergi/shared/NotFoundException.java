package id.sinergi.shared;

/**
 * What was asked for does not exist, told to someone who may see where it would be (an evaluation
 * period of a government they read, an indicator of its instrument). Answered with 404. Thrown only
 * after the actor's scope was checked, so a 404 never tells an outsider what exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found");
    }
}
