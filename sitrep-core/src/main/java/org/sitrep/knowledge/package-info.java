/** Reading the knowledge files (actors, triggers, cues) that analysts extend without touching code. */
package org.sitrep.knowledge;
