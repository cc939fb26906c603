package org.tourplan.testing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where two models differ, component by component: it walks the record components by reflection, so a component
 * added to any model record later is compared without anyone remembering to (a writer that forgets the new key
 * fails every round-trip test at once, with the component's path). Arrays by content, lists item by item, maps key by
 * key in order (zones and extra dates keep file order), anything else by {@code equals}.
 */
public final class ModelDiff {
  private ModelDiff() {
  }

  /** The first difference, as "path: a vs b", or null when the two are the same model. */
  public static String first(Object a, Object b) {
    return first("scenario", a, b);
  }

  /** Every difference but those under the given component paths (e.g. "scenario.plan"). */
  public static List<String> all(Object a, Object b, Set<String> ignored) {
    List<String> out = new ArrayList<>();
    walk("scenario", a, b, ignored, out);
    return out;
  }

  private static String first(String path, Object a, Object b) {
    List<String> out = new ArrayList<>();
    walk(path, a, b, Set.of(), out);
    return out.isEmpty() ? null : out.get(0);
  }

  private static void walk(String path, Object a, Object b, Set<String> ignored, List<String> out) {
    if (ignored.contains(path) || a == b) {
      return;
    }
    if (a == null || b == null || a.getClass().isRecord() != b.getClass().isRecord()) {
      out.add(path + ": " + shown(a) + " vs " + shown(b));
      return;
    }
    if (a.getClass().isRecord()) {
      if (a.getClass() != b.getClass()) {
        out.add(path + ": " + shown(a) + " vs " + shown(b));
        return;
      }
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        walk(path + "." + c.getName(), get(c, a), get(c, b), ignored, out);
      }
      return;
    }
    if (a instanceof double[][] x && b instanceof double[][] y) {
      if (!Arrays.deepEquals(x, y)) {
        out.add(path + ": " + shown(Arrays.deepToString(x)) + " vs " + shown(Arrays.deepToString(y)));
      }
      return;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        out.add(path + ": " + x.size() + " items vs " + y.size() + ": " + shown(x) + " vs " + shown(y));
        return;
      }
      for (int i = 0; i < x.size(); i++) {
        walk(path + "[" + i + "]", x.get(i), y.get(i), ignored, out);
      }
      return;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!List.copyOf(x.keySet()).equals(List.copyOf(y.keySet()))) {
        out.add(path + ": keys " + shown(x.keySet()) + " vs " + shown(y.keySet()));
        return;
      }
      Iterator<? extends Map.Entry<?, ?>> i = x.entrySet().iterator();
      while (i.hasNext()) {
        Map.Entry<?, ?> e = i.next();
        walk(path + "[" + e.getKey() + "]", e.getValue(), y.get(e.getKey()), ignored, out);
      }
      return;
    }
    if (!Objects.equals(a, b)) {
      out.add(path + ": " + shown(a) + " vs " + shown(b));
    }
  }

  private static String shown(Object o) {
    String s = String.valueOf(o);
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private static Object get(RecordComponent c, Object o) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(o);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
