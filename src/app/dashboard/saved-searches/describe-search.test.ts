import { describe, expect, it } from "vitest";

import { describeSearch } from "./describe-search";

const skills = { react: "React", "node-js": "Node.js" };

describe("describeSearch", () => {
  it("names every part of a search in the order people read a search", () => {
    expect(
      describeSearch(
        "q=booking+app&type=fixed&level=expert&posted=7&sort=newest&skills=react,node-js&min=1000&max=2500.50",
        skills,
      ),
    ).toEqual([
      "“booking app”",
      "Skills: React, Node.js",
      "Fixed price",
      "Level: Expert",
      "Budget $1,000 to $2,500.50",
      "Posted in the last week",
    ]);
  });

  it("says a budget with one end as such, and any number of days", () => {
    expect(describeSearch("min=500&posted=3", skills)).toEqual([
      "Budget from $500",
      "Posted in the last 3 days",
    ]);
    expect(describeSearch("max=800&type=hourly&skills=react", skills)).toEqual([
      "Skill: React",
      "Hourly rate",
      "Budget up to $800",
    ]);
  });

  it("leaves out what the page would ignore, and keeps a skill's slug when it is gone", () => {
    expect(describeSearch("q=kiosk&level=wizard&min=lots&skills=cobol", skills)).toEqual([
      "“kiosk”",
      "Skill: cobol",
    ]);
    expect(describeSearch("sort=budget", skills)).toEqual(["All open projects"]);
  });
});
