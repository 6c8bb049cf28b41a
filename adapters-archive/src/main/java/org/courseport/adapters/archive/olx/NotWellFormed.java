package org.courseport.adapters.archive.olx;

/**
 * A file that is not well-formed XML. Distinct from a refusal (a DOCTYPE, an entity, too many elements),
 * which fails the import wherever it stands: a block file that is merely broken is a warning, as edX
 * imports the rest of the course around it.
 */
final class NotWellFormed extends RuntimeException {
    NotWellFormed(String message) {
        super(message);
    }
}
