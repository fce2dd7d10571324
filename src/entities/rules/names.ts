/** Name facts the back-reference rules need, each with its reason. */

/**
 * Family names of China, Taiwan, Korea and Vietnam, in common romanisations. Written first, so the
 * first word of "Tsai Kuo-hua" or "Park Hyun-woo" is the one a later "Mr Tsai" or "Park" repeats.
 */
export const SURNAME_FIRST = new Set([
  'Wang', 'Li', 'Zhang', 'Chang', 'Liu', 'Chen', 'Chan', 'Yang', 'Huang', 'Wong', 'Zhao', 'Chao', 'Wu', 'Zhou', 'Chou',
  'Xu', 'Hsu', 'Sun', 'Ma', 'Zhu', 'Chu', 'Hu', 'Guo', 'Kuo', 'He', 'Ho', 'Lin', 'Lam', 'Gao', 'Kao', 'Luo', 'Lo',
  'Zheng', 'Cheng', 'Liang', 'Leung', 'Xie', 'Hsieh', 'Song', 'Sung', 'Tang', 'Han', 'Feng', 'Fung', 'Deng', 'Teng',
  'Cao', 'Tsao', 'Peng', 'Zeng', 'Tseng', 'Xiao', 'Hsiao', 'Tian', 'Dong', 'Tung', 'Pan', 'Yuan', 'Cai', 'Tsai',
  'Jiang', 'Chiang', 'Yu', 'Du', 'Tu', 'Ye', 'Yeh', 'Wei', 'Su', 'Lu', 'Ding', 'Ting', 'Ren', 'Jen', 'Shen', 'Yao',
  'Lai', 'Qian', 'Chien', 'Fang', 'Shi', 'Shih', 'Xiong', 'Hsiung', 'Qiu', 'Chiu', 'Hou', 'Lei', 'Long', 'Duan', 'Hao',
  'Kong', 'Kung', 'Shao', 'Mao', 'Wan', 'Gu', 'Ku', 'Lai', 'Xue', 'Hsueh', 'Yan', 'Yen', 'Qin', 'Chin', 'Tan', 'Lim',
  'Kim', 'Lee', 'Park', 'Pak', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Yoon', 'Yun', 'Jang', 'Jeon', 'Shin', 'Kwon',
  'Hwang', 'Ahn', 'Oh', 'Seo', 'Moon', 'Ryu', 'Baek', 'Nam', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu',
  'Vo', 'Dang', 'Bui', 'Do', 'Ngo', 'Duong', 'Ly', 'Xi', 'Wen', 'Bo', 'Meng', 'Bai', 'Fu', 'Qi', 'Jia', 'Zhu', 'Yin',
]);

/** Titles that come after a name and are not part of it ("Anjali Venkataraman MP"). */
export const POST_NOMINALS = new Set(['MP', 'MEP', 'MSP', 'QC', 'KC', 'PhD', 'MD', 'Jr', 'Sr', 'Esq', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'FRS']);
