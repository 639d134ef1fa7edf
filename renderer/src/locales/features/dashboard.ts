/** The dashboard screens' words, Chinese first; English typed from it (a missing key fails the type check). */
export const dashboardZh = {
  title: '',
};

export const dashboardEn: typeof dashboardZh = {
  title: '',
};
