package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The memory this process uses: its peak resident set, as Linux counts it, and the Java heap in
 * use.
 *
 * <p>Thread-safe: stateless.
 */
final class ProcessMemory {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final double MB = 1024.0 * 1024.0;

  private ProcessMemory() {}

  /** Peak resident set size in MB ({@code VmHWM} of /proc/self/status); empty off Linux. */
  static OptionalDouble peakRssMb() {
    try {
      return vmHwmMb(Files.readAllLines(STATUS));
    } catch (IOException | SecurityException e) {
      return OptionalDouble.empty();
    }
  }

  /** The {@code VmHWM:   123456 kB} line of a /proc status file, in MB. */
  static OptionalDouble vmHwmMb(List<String> status) {
    for (String line : status) {
      if (line.startsWith("VmHWM:")) {
        String[] parts = line.substring("VmHWM:".length()).strip().split("\\s+");
        try {
          return OptionalDouble.of(Long.parseLong(parts[0]) * 1024 / MB);
        } catch (NumberFormatException e) {
          return OptionalDouble.empty();
        }
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * Heap in use in MB after a garbage collection is requested: about what the loaded pipeline
   * keeps alive.
   */
  static double liveHeapMb() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return (runtime.totalMemory() - runtime.freeMemory()) / MB;
  }
}
