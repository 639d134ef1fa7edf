/** The exchange screens' words, Chinese first; English typed from it (a missing key fails the type check). */
export const exchangeZh = {
  title: '',
};

export const exchangeEn: typeof exchangeZh = {
  title: '',
};
