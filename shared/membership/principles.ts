/**
 * The network's goals and principles that an applicant accepts (from the VeTo description,
 * sections 1–4). A change to the text is a new version; applications record the version accepted.
 */
export const principles = {
  version: '2026-11-01',
  text: {
    fi: [
      'Verkoston tavoitteena on edistää maahanmuuttajien kotoutumista, hyvinvointia ja osallisuutta sekä lisätä jäsenjärjestöjen yhteistyötä.',
      'Jäsen sitoutuu verkoston tavoitteisiin ja toimintaperiaatteisiin: osaamisen ja tiedon jakamiseen, yhteistyöhön ja päällekkäisyyksien vähentämiseen.',
      'Jäsen toimii hyvän hallinnon periaatteiden mukaisesti.',
      'Jäsenyys on organisaatiokohtainen, maksuton ja vapaaehtoinen. Jäsen voi erota ilmoittamalla siitä koordinaattorille.',
    ],
    en: [
      "The network's goal is to promote the integration, well-being and participation of immigrants and to increase cooperation between member organisations.",
      'A member commits to the goals and principles of the network: sharing expertise and knowledge, cooperating, and reducing overlap.',
      'A member acts according to the principles of good governance.',
      'Membership is per organisation, free of charge and voluntary. A member may resign by notifying the coordinator.',
    ],
  },
} as const;
