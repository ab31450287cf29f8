/**
 * The six RIASEC letters the referential gives each fiche, explained in plain French. The letters are ROME's; these
 * explanations are ours (general knowledge of Holland's typology, « hors sources »).
 */
export const riasecLetters = {
  R: {
    name: "Réaliste",
    text: "aime le concret : agir, fabriquer, utiliser des outils ou des machines, travailler de ses mains ou dehors.",
  },
  I: { name: "Investigateur", text: "aime comprendre : observer, chercher, analyser, résoudre des problèmes." },
  A: { name: "Artistique", text: "aime créer : imaginer, inventer, s'exprimer par les mots, les formes ou les sons." },
  S: { name: "Social", text: "aime les autres : aider, soigner, conseiller, enseigner." },
  E: { name: "Entreprenant", text: "aime agir sur les autres et décider : convaincre, vendre, diriger, prendre des risques." },
  C: { name: "Conventionnel", text: "aime l'ordre : organiser, classer, suivre des règles et des procédures, manier des chiffres." },
} as const;
