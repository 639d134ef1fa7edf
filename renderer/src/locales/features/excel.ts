/** The excel screens' words, Chinese first; English typed from it (a missing key fails the type check). */
export const excelZh = {
  title: '',
};

export const excelEn: typeof excelZh = {
  title: '',
};
