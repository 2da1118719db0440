/** CLAVIN 2.1.0 run beside Sitrep on the same gold documents and the same places. */
package org.sitrep.clavin;
