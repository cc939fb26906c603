package org.tourplan.format;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.scenario.Zone;

/** Zone ids as written (null when zones is unusable), the valid zones and their capacity nodes. */
final class Zones {
  Set<String> ids;
  final Map<String, Zone> valid = new LinkedHashMap<>();
  final Map<String, Node> capacityNodes = new HashMap<>();
  boolean allValid;

  boolean ok() {
    return ids != null && allValid;
  }
}
