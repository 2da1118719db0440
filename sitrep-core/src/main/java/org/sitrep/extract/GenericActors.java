package org.sitrep.extract;

import org.sitrep.actors.ActorEntry;

/** The generic ACLED actors that events fall back on when the text names nobody. */
final class GenericActors {

  static final ActorEntry PROTESTERS = new ActorEntry("Protesters ({country})", 6, null);
  static final ActorEntry RIOTERS = new ActorEntry("Rioters ({country})", 5, null);
  static final ActorEntry CIVILIANS = new ActorEntry("Civilians ({country})", 7, null);
  static final ActorEntry POLICE = new ActorEntry("Police Forces of {forces_country} ({years})", 1, null);
  static final ActorEntry UNIDENTIFIED = new ActorEntry("Unidentified Armed Group ({country})", 3, null);

  private GenericActors() {}


  static boolean isProtesters(ActorEntry entry) {
    return entry.template().startsWith("Protesters") || entry.template().startsWith("Rioters");
  }
}
