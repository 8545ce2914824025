package org.crewtraining.readmodels.manifest;

/**
 * A report's canonical bytes, what its digest is taken over. The JSON form is {@link #json}; a
 * tabular export can hang its own form (e.g. canonical CSV) on the same manifest by implementing
 * this with another {@link #canonicalForm} name.
 */
public interface CanonicalReport {

  /** The name of the form, recorded in the manifest, e.g. {@value CanonicalJson#FORM}. */
  String canonicalForm();

  byte[] canonicalBytes();

  /** The report (a record, or a JSON rendering parsed into maps and lists) in canonical JSON. */
  static CanonicalReport json(Object report) {
    byte[] bytes = CanonicalJson.bytes(report);
    return new CanonicalReport() {
      @Override
      public String canonicalForm() {
        return CanonicalJson.FORM;
      }

      @Override
      public byte[] canonicalBytes() {
        return bytes.clone();
      }
    };
  }
}
