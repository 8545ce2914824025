package org.crewtraining.readmodels.manifest;

/**
 * A writer schema the folded records carry, and how many of them do.
 *
 * @param schemaId its id in the schema registry (Confluent framing), null for a record in the
 *     single-object encoding of the log before the registry, which names its schema by {@code
 *     crc64} alone
 * @param eventType the catalogue event it writes, e.g. {@code ProgramCreated}
 * @param fingerprint SHA-256 of the schema's Avro parsing canonical form, hex
 * @param crc64 the 64-bit Avro fingerprint (CRC-64-AVRO) of the same form, hex: what the
 *     single-object encoding carries
 */
public record WriterSchema(
    Integer schemaId, String eventType, String fingerprint, String crc64, long records) {

  /** The schema without its count: what a manifest's schema and the log's must agree on. */
  public String identity() {
    return (schemaId == null ? "single-object" : "id " + schemaId)
        + " "
        + eventType
        + " sha256:"
        + fingerprint;
  }
}
