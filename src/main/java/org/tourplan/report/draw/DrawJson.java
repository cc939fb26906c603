package org.tourplan.report.draw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.draw.ApplicantFile;
import org.tourplan.draw.Draw;
import org.tourplan.draw.DrawOrder;
import org.tourplan.draw.DrawResult;
import org.tourplan.draw.Places;
import org.tourplan.draw.Rule;

/**
 * {@code draw.json}, the draw's record: the applicant file's SHA-256, the seed and the stream it gives, the rule,
 * the month's tours with their room and what each got, the counts (applicants, winners, waitlist, passed over,
 * preferences), each points class's chance, the tourplan version and the SHA-256 of each CSV file. It holds no id:
 * the winners are bound to it through {@code winners.csv}'s hash, so the record can be published on its own.
 * Written with a fixed key order and Java's shortest exact decimal for every number: the same draw gives the same
 * bytes on every machine.
 */
public final class DrawJson {
  /** The file name. */
  public static final String FILE = "draw.json";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DrawJson() {
  }

  /**
   * The record's bytes.
   *
   * @param version        the tourplan version
   * @param scenario       the scenario's name
   * @param applicantsFile the applicant file as named on the command line
   * @param csv            the CSV files' bytes by name ({@link DrawFiles#all})
   */
  public static byte[] bytes(DrawResult d, String version, String scenario, String applicantsFile,
                             Map<String, byte[]> csv) {
    Places p = d.places();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("command", "draw");
    root.put("algorithm", Draw.ALGORITHM);
    root.put("tourplan", version);
    root.put("scenario", scenario);
    root.put("month", p.month().toString());
    ObjectNode file = root.putObject("applicants");
    file.put("file", applicantsFile);
    file.put("sha256", d.applicants().sha256());
    file.put("valid", d.applicants().size());
    root.put("seed", d.seed());
    root.put("stream", String.format(Locale.ROOT, "xoshiro256++ RandomStream.of(seed %d, fileKey 0x%016x, \"%s\"):"
        + " fileKey = the first 8 bytes of the SHA-256, big-endian; applicant i (file order) gets U_i, the stream's"
        + " i-th open double, and the key -ln(U_i) / weight (StrictMath.log); the draw order is the keys ascending,"
        + " equal keys in file order", d.seed(), DrawOrder.fileKey(d.applicants().sha256()), DrawOrder.SOURCE));
    root.put("rule", p.rule().words());
    root.put("weight", p.rule() == Rule.POINTS ? "1 + points" : "1");
    ObjectNode room = root.putObject("places");
    room.put("tours", p.tours().size());
    room.put("partiesPerTour", p.partiesPerTour());
    room.put("maxPersons", p.maxPersons());
    room.put("largestParty", p.largestParty());
    room.put("vehicles", p.vehicles());
    room.put("seats", p.seats());
    room.put("places", p.places());
    ObjectNode counts = root.putObject("counts");
    counts.put("applicants", d.applicants().size());
    counts.put("winners", d.winners());
    counts.put("persons", sum(d.tourPersons()));
    counts.put("waitlist", d.losers());
    counts.put("passedOver", d.passedOverCount());
    counts.put("unfilledPlaces", p.places() - d.winners());
    ObjectNode pref = root.putObject("preferences");
    pref.put("asked", d.asked());
    pref.put("winnersWhoAsked", d.winnersWhoAsked());
    pref.put("granted", d.granted());
    root.put("chanceExact", d.exact());
    ArrayNode classes = root.putArray("chanceByPoints");
    for (DrawResult.PointsClass c : d.classes()) {
      ObjectNode n = classes.addObject();
      n.put("points", c.points());
      n.put("weight", c.weight());
      n.put("applicants", c.applicants());
      n.put("winners", c.winners());
      n.put("chance", c.chance());
    }
    ArrayNode tours = root.putArray("tours");
    for (int t = 0; t < p.tours().size(); t++) {
      ObjectNode n = tours.addObject();
      n.put("date", p.tours().get(t).date().toString());
      n.put("start", p.tours().get(t).start().toString());
      n.put("parties", d.tourParties()[t]);
      n.put("persons", d.tourPersons()[t]);
    }
    ObjectNode files = root.putObject("files");
    for (String name : DrawFiles.CSV) {
      files.put(name, ApplicantFile.sha256(csv.get(name)));
    }
    try {
      return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write draw.json", e);
    }
  }

  private static long sum(int[] v) {
    long s = 0;
    for (int x : v) {
      s += x;
    }
    return s;
  }

  /** Reads a record; {@code where} names the file in messages. */
  public static DrawRecord read(byte[] bytes, String where) throws DrawRecord.Unreadable {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (java.io.IOException e) {
      throw new DrawRecord.Unreadable(where + " is not JSON (" + firstLine(e.getMessage()) + "); expected the "
          + "draw.json that tourplan draw wrote");
    }
    if (root == null || !root.isObject() || !"draw".equals(root.path("command").asText(null))) {
      throw new DrawRecord.Unreadable(where + " is not the record of a draw (no \"command\": \"draw\")");
    }
    Reader r = new Reader();
    String algorithm = r.text(root, "algorithm");
    String version = r.text(root, "tourplan");
    String scenario = r.text(root, "scenario");
    String month = r.text(root, "month");
    JsonNode app = r.object(root, "applicants");
    String file = r.text(app, "applicants.file");
    String sha = r.text(app, "applicants.sha256");
    long seed = r.integer(root, "seed");
    Rule rule = Rule.of(r.text(root, "rule"));
    JsonNode room = r.object(root, "places");
    List<Places.Tour> tours = new ArrayList<>();
    JsonNode list = root.path("tours");
    if (!list.isArray()) {
      r.problems.add("tours: expected a list of {date, start}");
    } else {
      for (JsonNode t : list) {
        try {
          tours.add(new Places.Tour(LocalDate.parse(t.path("date").asText()), LocalTime.parse(t.path("start").asText())));
        } catch (DateTimeParseException e) {
          r.problems.add("tours: found " + t + "; expected {\"date\": YYYY-MM-DD, \"start\": HH:MM}");
          break;
        }
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    JsonNode f = r.object(root, "files");
    for (String name : DrawFiles.CSV) {
      files.put(name, r.text(f, "files", name));
    }
    if (sha != null && !sha.matches("[0-9a-f]{64}")) {
      r.problems.add("applicants.sha256: found \"" + sha + "\"; expected 64 lowercase hex digits");
    }
    if (rule == null) {
      r.problems.add("rule: expected \"uniform\" or \"preference points\"");
    }
    int parties = (int) r.integer(room, "places.partiesPerTour");
    int maxPersons = (int) r.integer(room, "places.maxPersons");
    int largest = (int) r.integer(room, "places.largestParty");
    int vehicles = (int) r.integer(room, "places.vehicles");
    int seats = (int) r.integer(room, "places.seats");
    if (!r.problems.isEmpty()) {
      throw new DrawRecord.Unreadable(where + ": " + String.join("; ", r.problems));
    }
    Places places;
    try {
      places = new Places(YearMonth.parse(month), tours, parties, maxPersons, largest, vehicles, seats, rule);
    } catch (RuntimeException e) {
      throw new DrawRecord.Unreadable(where + ": the month and places are not consistent (" + e.getMessage() + ")");
    }
    return new DrawRecord(algorithm, version, scenario, file, sha, seed, places, files);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Field readers that collect every missing or mistyped field. */
  private static final class Reader {
    final List<String> problems = new ArrayList<>();

    JsonNode object(JsonNode parent, String key) {
      JsonNode n = parent.path(key);
      if (!n.isObject()) {
        problems.add(key + ": expected an object");
      }
      return n;
    }

    String text(JsonNode parent, String path) {
      return text(parent, path.contains(".") ? path.substring(0, path.indexOf('.')) : "",
          path.substring(path.indexOf('.') + 1));
    }

    String text(JsonNode parent, String object, String key) {
      String path = object.isEmpty() ? key : object + "." + key;
      JsonNode n = parent.path(key);
      if (!n.isTextual()) {
        problems.add(path + ": expected text");
        return null;
      }
      return n.asText();
    }

    long integer(JsonNode parent, String path) {
      JsonNode n = parent.path(path.substring(path.indexOf('.') + 1));
      if (!n.isIntegralNumber()) {
        problems.add(path + ": expected a whole number");
        return 0;
      }
      return n.asLong();
    }
  }
}
