package org.claimcheck.extract;

import java.util.Set;

/**
 * One extraction step: reads the layers it requires and adds exactly the one it provides.
 *
 * <p>Implementations are stateless after construction, thread-safe and deterministic: the same
 * document always gets the same layer, in the same order.
 */
public interface Stage {

    /** Returns the layers that must be present before this stage runs. */
    Set<Layer<?>> requires();

    /** Returns the layer this stage adds. */
    Layer<?> provides();

    /** Adds this stage's layer to {@code document}. */
    void annotate(AnnotatedDocument document);
}
