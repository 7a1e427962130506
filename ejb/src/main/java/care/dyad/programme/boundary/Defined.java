package care.dyad.programme.boundary;

/** A catalogue entry after it was defined, and whether that created it. */
public record Defined<T>(T entry, boolean created) {}
