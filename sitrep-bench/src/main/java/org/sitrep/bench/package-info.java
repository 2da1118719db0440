/**
 * JMH benchmarks of the pipeline and of its hot parts, each with the command that runs it; they
 * are compiled by the build and never run by it.
 */
package org.sitrep.bench;
