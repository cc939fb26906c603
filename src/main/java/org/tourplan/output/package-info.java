/**
 * Where every command's output goes, and the one way it is written: files replaced atomically
 * ({@code AtomicFiles}), output folders with their layout, marker, refusals, swap and recovery ({@code OutputFolder},
 * {@code Slug}), single output files checked before the work starts ({@code OutputFile}). It knows nothing of what
 * the files hold; the writers in {@code report} and its sub-packages hand it bytes or fill a folder.
 *
 * <p>Owns: output paths, their refusals and atomic replacement. May import: the JDK and Jackson (the marker file)
 * only; no other tourplan package.
 */
package org.tourplan.output;
