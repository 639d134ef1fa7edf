/** The documents screens' words, Chinese first; English typed from it (a missing key fails the type check). */
export const documentsZh = {
  title: '',
};

export const documentsEn: typeof documentsZh = {
  title: '',
};
