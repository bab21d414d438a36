/** The title's font size fits the table's width (a wider title loses its end on paper). */
import { tekstBreedte, titelGrootteBinnen } from "../../../src/core/blad/blad-plan";

test("the largest whole size up to the house size at which n characters stay within the table; never below 10 pt", () => {
  const breedtes = [20, 12, 16, 16, 16, 14, 11]; // Tabel 1: 105 units
  expect(tekstBreedte(breedtes)).toBe(105);
  expect(titelGrootteBinnen("x".repeat(80), breedtes, 13)).toBe(13); // 80 × 13 ÷ 11 ≈ 95 ≤ 105
  expect(titelGrootteBinnen("x".repeat(96), breedtes, 13)).toBe(12); // Tabel 1 2023Q2's title: 96 × 13 ÷ 11 ≈ 113 > 105
  expect(titelGrootteBinnen("x".repeat(300), breedtes, 13)).toBe(10);
  expect(titelGrootteBinnen("x".repeat(300), breedtes, 9)).toBe(9);
});
