package org.tourplan.report;

import org.tourplan.verdict.Verdict;

/**
 * The one stylesheet of every page tourplan writes (report, plan and sweep pages), inlined into each so that a page
 * is a single self-contained file. Its own class because three pages share it and it is long.
 */
public final class ReportCss {
  private ReportCss() {
  }

  /** The stylesheet; screen and A4 print. */
  public static final String CSS = """
      :root { --ok: #1a7f37; --ok-bg: #e6f4ea; --risk: #9a6700; --risk-bg: #fff4d6; --bad: #b2182b;
              --bad-bg: #fde8ea; --ink: #222; --muted: #555; --line: #d0d7de; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #fff; color: var(--ink);
             font: 17px/1.5 "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; }
      main { max-width: 1060px; margin: 0 auto; padding: 24px 28px 48px; }
      h1 { font-size: 30px; margin: 0 0 8px; line-height: 1.2; overflow-wrap: anywhere; }
      h2 { font-size: 22px; margin: 32px 0 6px; }
      .kicker { color: var(--muted); margin: 0; font-size: 15px; }
      .headline { display: grid; grid-template-columns: 1fr; gap: 12px; margin-top: 16px; }
      .answer { border-left: 8px solid var(--line); background: #f6f8fa; padding: 10px 16px; }
      .answer h2 { font-size: 16px; margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
      .answer p { font-size: 20px; margin: 4px 0 2px; }
      .answer.ok { border-color: var(--ok); background: var(--ok-bg); }
      .answer.at-risk { border-color: var(--risk); background: var(--risk-bg); }
      .answer.breached { border-color: var(--bad); background: var(--bad-bg); }
      .answer.neutral { border-color: #0072b2; background: #eef5fb; }
      .verdict { font-weight: 700; letter-spacing: .03em; }
      .ok .verdict { color: var(--ok); } .at-risk .verdict { color: var(--risk); } .breached .verdict { color: var(--bad); }
      .facts { margin: 4px 0 0; padding-left: 20px; }
      .fact-name { font-weight: 700; }
      .why { color: var(--muted); margin: 0 0 8px; }
      table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 15px; }
      th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
      thead th { background: #f6f8fa; border-bottom: 2px solid #8c959f; }
      td code, .small { font-size: 13px; color: var(--muted); }
      .badge { display: inline-block; padding: 2px 8px; border-radius: 4px; font-weight: 700; font-size: 14px;
               white-space: nowrap; }
      tr.ok .badge { background: var(--ok-bg); color: var(--ok); border: 1px solid var(--ok); }
      tr.at-risk .badge { background: var(--risk-bg); color: var(--risk); border: 1px solid var(--risk); }
      tr.breached .badge { background: var(--bad-bg); color: var(--bad); border: 1px solid var(--bad); }
      td.explain { font-size: 14px; }
      table.verdicts { table-layout: fixed; }
      figure { margin: 0; }
      img { max-width: 100%; height: auto; display: block; border: 1px solid #eee; }
      figcaption { color: var(--muted); font-size: 15px; margin-top: 6px; }
      table.kv th { width: 170px; background: none; }
      h3 { font-size: 19px; margin: 24px 0 4px; }
      #shuttles .sub { margin-top: 8px; }
      p.served { margin: 0 0 8px; }
      p.unserved { margin: 0 0 4px; color: var(--bad); }
      #shuttle-unserved { margin: 0 0 10px; font-size: 15px; }
      .modes-sentence { font-size: 18px; margin: 6px 0 4px; }
      table.modes { table-layout: fixed; }
      table.modes tbody th { font-weight: 700; }
      tr.own { background: #eef5fb; }
      .own-mark { display: inline-block; margin-left: 6px; padding: 0 6px; border: 1px solid #0072b2; border-radius: 4px;
                  color: #0072b2; font-size: 13px; font-weight: 700; }
      .answer ul.parts { font-size: 18px; margin: 4px 0 2px; padding-left: 20px; }
      details > summary { cursor: pointer; font-weight: 700; color: #0072b2; margin: 4px 0 8px; }
      footer { margin-top: 32px; border-top: 2px solid var(--line); font-size: 15px; }
      footer li { margin-bottom: 6px; }
      @media print {
        @page { size: A4; margin: 12mm; }
        body { font-size: 11pt; }
        main { max-width: none; padding: 0; }
        h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14pt; }
        .answer p { font-size: 13pt; } .answer ul.parts { font-size: 12pt; }
        table { font-size: 9.5pt; } td.explain { font-size: 9pt; } table .small { font-size: 8pt; }
        .badge { font-size: 8pt; padding: 1px 4px; }
        section.chart, figure, .answer, tr { break-inside: avoid; page-break-inside: avoid; }
        img { border: none; }
        a { color: inherit; text-decoration: none; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;

  /** The CSS class of a verdict, styled in {@link #CSS}: "ok", "at-risk", "breached". */
  public static String verdictClass(Verdict v) {
    return switch (v) {
      case SAFE -> "ok";
      case AT_RISK -> "at-risk";
      case UNSAFE -> "breached";
    };
  }
}
