/**
 * The demo procedure catalogue of a provincial city, as compact data.
 *
 * Titles, sectors, levels and legal bases are public facts from the national procedure
 * database as published by provinces; descriptions are ours. Procedure codes follow the
 * national `d.dddddd` format but are illustrative, and fees and times are typical values:
 * a real portal loads its province's published catalogue instead.
 *
 * One row a procedure: `code | title | sector | levels | online | time | fees | documents | legal basis`
 * - levels: c commune/ward, d district/city (before July 2025), p province
 * - online: f fully online (toàn trình), p partly online, n in person only
 * - time: `5wd` working days, `15d` days, `8h` hours, `0` same day
 * - fees: `0` free, a number in đồng, or `name=amount; name=amount`
 * - documents: `@set` (below) or `;`-separated names; "Bản sao…" counts as a copy, the rest as originals,
 *   and "Tờ khai…" / "Đơn…" are forms
 * - legal basis: `@set` (below)
 */

export const SECTORS: Record<string, string> = {
  HT: 'Hộ tịch',
  CT: 'Chứng thực',
  CTRU: 'Đăng ký, quản lý cư trú',
  CC: 'Cấp, quản lý căn cước',
  DD: 'Đất đai',
  XD: 'Hoạt động xây dựng',
  QH: 'Quy hoạch xây dựng, kiến trúc',
  HKD: 'Thành lập và hoạt động của hộ kinh doanh',
  HTX: 'Thành lập và hoạt động của hợp tác xã',
  ATTP: 'An toàn thực phẩm',
  LT: 'Lưu thông hàng hóa trong nước',
  KVN: 'Kinh doanh khí',
  GD: 'Giáo dục và Đào tạo',
  BTXH: 'Bảo trợ xã hội',
  NCC: 'Người có công',
  LD: 'Việc làm',
  TE: 'Trẻ em',
  YT: 'Khám bệnh, chữa bệnh',
  BHYT: 'Bảo hiểm y tế',
  VH: 'Văn hóa cơ sở',
  TT: 'Thể dục thể thao',
  MT: 'Môi trường',
  NN: 'Nông nghiệp',
  TL: 'Thủy lợi',
  GT: 'Đường bộ',
  TG: 'Tín ngưỡng, tôn giáo',
  TDKT: 'Thi đua, khen thưởng',
  NV: 'Tổ chức phi chính phủ',
  TP: 'Nuôi con nuôi',
  LLTP: 'Lý lịch tư pháp',
  HG: 'Hòa giải cơ sở',
  PCCC: 'Phòng cháy, chữa cháy',
  TNN: 'Tài nguyên nước',
  KN: 'Giải quyết khiếu nại, tố cáo',
};

export const DOCUMENT_SETS: Record<string, string> = {
  id: 'Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu)',
  khaisinh:
    'Tờ khai đăng ký khai sinh; Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận việc sinh; Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu)',
  kethon:
    'Tờ khai đăng ký kết hôn; Giấy tờ tùy thân có ảnh của hai bên nam, nữ; Giấy xác nhận tình trạng hôn nhân (nếu đăng ký tại nơi không cư trú)',
  khaitu:
    'Tờ khai đăng ký khai tử; Giấy báo tử hoặc giấy tờ thay giấy báo tử; Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu)',
  hotich: 'Tờ khai theo mẫu; Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu); Bản sao giấy tờ làm căn cứ cho việc đăng ký',
  saoy: 'Bản chính giấy tờ, văn bản cần chứng thực; Bản sao cần chứng thực',
  chuky: 'Giấy tờ tùy thân có ảnh của người yêu cầu chứng thực; Giấy tờ, văn bản cần chứng thực chữ ký',
  hopdong: 'Dự thảo hợp đồng, giao dịch; Giấy tờ tùy thân của các bên; Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản',
  cutru:
    'Tờ khai thay đổi thông tin cư trú (CT01); Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp; Ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở (ghi trong tờ khai)',
  canCuoc: 'Tờ khai căn cước (nếu thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư); Thẻ căn cước, chứng minh nhân dân cũ (nếu có)',
  datdai:
    'Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu; Giấy chứng nhận đã cấp hoặc giấy tờ về quyền sử dụng đất; Bản sao giấy tờ tùy thân của người sử dụng đất',
  biendong:
    'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu; Bản gốc Giấy chứng nhận đã cấp; Hợp đồng, văn bản về việc chuyển quyền đã được công chứng hoặc chứng thực',
  xaydung:
    'Đơn đề nghị cấp giấy phép xây dựng theo mẫu; Bản sao giấy tờ chứng minh quyền sử dụng đất; Hai bộ bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)',
  hkd: 'Giấy đề nghị đăng ký hộ kinh doanh; Bản sao giấy tờ pháp lý của chủ hộ và các thành viên hộ gia đình; Bản sao biên bản họp thành viên hộ gia đình (nếu các thành viên cùng góp vốn)',
  attp: 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm; Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ; Giấy xác nhận đủ sức khỏe hoặc danh sách chủ cơ sở và người trực tiếp kinh doanh đã được xác nhận',
  giayphep:
    'Đơn đề nghị cấp giấy phép theo mẫu; Bản sao giấy chứng nhận đăng ký kinh doanh; Bản sao giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh',
  hocsinh: 'Đơn đề nghị của cha mẹ hoặc người giám hộ học sinh; Học bạ; Bản sao giấy khai sinh',
  trocap: 'Tờ khai đề nghị trợ giúp xã hội theo mẫu; Bản sao giấy tờ chứng minh thuộc đối tượng hưởng chính sách',
  ncc: 'Bản khai cá nhân theo mẫu; Bản sao giấy tờ chứng minh là người có công hoặc thân nhân; Bản sao giấy khai sinh hoặc giấy tờ chứng minh quan hệ thân nhân',
  vanhoa: 'Đơn đề nghị theo mẫu; Bản sao giấy chứng nhận đăng ký kinh doanh; Bản thuyết minh điều kiện bảo đảm hoạt động',
  khenthuong: 'Tờ trình đề nghị khen thưởng; Biên bản họp xét khen thưởng; Báo cáo thành tích của cá nhân, tập thể',
  don: 'Đơn đề nghị theo mẫu; Bản sao giấy tờ tùy thân của người đề nghị; Tài liệu liên quan (nếu có)',
};

export const LEGAL_SETS: Record<string, string> = {
  HT: 'Luật Hộ tịch số 60/2014/QH13 | Quốc hội; Nghị định 123/2015/NĐ-CP quy định chi tiết Luật Hộ tịch | Chính phủ; Thông tư 04/2020/TT-BTP hướng dẫn Luật Hộ tịch | Bộ Tư pháp',
  CT: 'Nghị định 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch | Chính phủ; Thông tư 01/2020/TT-BTP | Bộ Tư pháp',
  CTRU: 'Luật Cư trú số 68/2020/QH14 | Quốc hội; Nghị định 154/2024/NĐ-CP quy định chi tiết Luật Cư trú | Chính phủ; Thông tư 53/2025/TT-BCA | Bộ Công an',
  CC: 'Luật Căn cước số 26/2023/QH15 | Quốc hội; Nghị định 70/2024/NĐ-CP | Chính phủ',
  DD: 'Luật Đất đai số 31/2024/QH15 | Quốc hội; Nghị định 101/2024/NĐ-CP về điều tra cơ bản đất đai, đăng ký, cấp Giấy chứng nhận | Chính phủ; Nghị định 102/2024/NĐ-CP | Chính phủ',
  XD: 'Luật Xây dựng số 50/2014/QH13, sửa đổi bởi Luật số 62/2020/QH14 | Quốc hội; Nghị định 175/2024/NĐ-CP về quản lý hoạt động xây dựng | Chính phủ',
  QH: 'Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15 | Quốc hội; Luật Kiến trúc số 40/2019/QH14 | Quốc hội',
  HKD: 'Nghị định 01/2021/NĐ-CP về đăng ký doanh nghiệp | Chính phủ; Thông tư 02/2023/TT-BKHĐT | Bộ Kế hoạch và Đầu tư',
  HTX: 'Luật Hợp tác xã số 17/2023/QH15 | Quốc hội; Nghị định 92/2024/NĐ-CP về đăng ký hợp tác xã | Chính phủ',
  ATTP: 'Luật An toàn thực phẩm số 55/2010/QH12 | Quốc hội; Nghị định 15/2018/NĐ-CP | Chính phủ',
  LT: 'Nghị định 105/2017/NĐ-CP về kinh doanh rượu | Chính phủ; Nghị định 67/2013/NĐ-CP về kinh doanh thuốc lá | Chính phủ',
  KVN: 'Nghị định 87/2018/NĐ-CP về kinh doanh khí | Chính phủ',
  GD: 'Luật Giáo dục số 43/2019/QH14 | Quốc hội; Nghị định 81/2021/NĐ-CP về học phí và chính sách miễn, giảm học phí | Chính phủ',
  BTXH: 'Nghị định 20/2021/NĐ-CP về chính sách trợ giúp xã hội | Chính phủ; Luật Người khuyết tật số 51/2010/QH12 | Quốc hội; Luật Người cao tuổi số 39/2009/QH12 | Quốc hội',
  NCC: 'Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 | Ủy ban Thường vụ Quốc hội; Nghị định 131/2021/NĐ-CP | Chính phủ',
  LD: 'Luật Việc làm số 74/2025/QH15 | Quốc hội; Nghị định 28/2015/NĐ-CP về bảo hiểm thất nghiệp | Chính phủ',
  TE: 'Luật Trẻ em số 102/2016/QH13 | Quốc hội; Nghị định 56/2017/NĐ-CP | Chính phủ',
  YT: 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15 | Quốc hội; Nghị định 96/2023/NĐ-CP | Chính phủ',
  BHYT: 'Luật Bảo hiểm y tế số 25/2008/QH12, sửa đổi bởi Luật số 51/2024/QH15 | Quốc hội; Nghị định 146/2018/NĐ-CP | Chính phủ',
  VH: 'Nghị định 54/2019/NĐ-CP về kinh doanh dịch vụ karaoke, vũ trường | Chính phủ; Nghị định 110/2018/NĐ-CP về quản lý và tổ chức lễ hội | Chính phủ',
  TT: 'Luật Thể dục, thể thao số 77/2006/QH11, sửa đổi bởi Luật số 26/2018/QH14 | Quốc hội; Nghị định 36/2019/NĐ-CP | Chính phủ',
  MT: 'Luật Bảo vệ môi trường số 72/2020/QH14 | Quốc hội; Nghị định 08/2022/NĐ-CP | Chính phủ',
  NN: 'Luật Trồng trọt số 31/2018/QH14 | Quốc hội; Nghị định 02/2017/NĐ-CP về hỗ trợ sản xuất nông nghiệp khi thiên tai, dịch bệnh | Chính phủ',
  TL: 'Luật Thủy lợi số 08/2017/QH14 | Quốc hội; Nghị định 67/2018/NĐ-CP | Chính phủ',
  GT: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 | Quốc hội; Luật Đường bộ số 35/2024/QH15 | Quốc hội',
  TG: 'Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 | Quốc hội; Nghị định 95/2023/NĐ-CP | Chính phủ',
  TDKT: 'Luật Thi đua, khen thưởng số 06/2022/QH15 | Quốc hội; Nghị định 98/2023/NĐ-CP | Chính phủ',
  NV: 'Nghị định 93/2019/NĐ-CP về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện | Chính phủ',
  TP: 'Luật Nuôi con nuôi số 52/2010/QH12 | Quốc hội; Nghị định 19/2011/NĐ-CP | Chính phủ',
  LLTP: 'Luật Lý lịch tư pháp số 28/2009/QH12 | Quốc hội; Nghị định 111/2010/NĐ-CP | Chính phủ',
  HG: 'Luật Hòa giải ở cơ sở số 35/2013/QH13 | Quốc hội; Nghị định 15/2014/NĐ-CP | Chính phủ',
  PCCC: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 | Quốc hội; Nghị định 105/2025/NĐ-CP | Chính phủ',
  TNN: 'Luật Tài nguyên nước số 28/2023/QH15 | Quốc hội; Nghị định 54/2024/NĐ-CP | Chính phủ',
  KN: 'Luật Khiếu nại số 02/2011/QH13 | Quốc hội; Luật Tố cáo số 25/2018/QH14 | Quốc hội; Luật Tiếp công dân số 42/2013/QH13 | Quốc hội',
};

export const CATALOGUE_ROWS = `
1.001193 | Đăng ký khai sinh | HT | c | f | 0 | 0 | @khaisinh | @HT
1.000894 | Đăng ký kết hôn | HT | c | p | 0 | 0 | @kethon | @HT
1.000656 | Đăng ký khai tử | HT | c | f | 0 | 0 | @khaitu | @HT
1.004746 | Đăng ký khai sinh lưu động | HT | c | n | 5wd | 0 | @khaisinh | @HT
1.000689 | Đăng ký kết hôn lưu động | HT | c | n | 5wd | 0 | @kethon | @HT
1.004837 | Đăng ký khai tử lưu động | HT | c | n | 5wd | 0 | @khaitu | @HT
1.004873 | Cấp Giấy xác nhận tình trạng hôn nhân | HT | c | f | 3wd | 0 | Tờ khai cấp Giấy xác nhận tình trạng hôn nhân; Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu); Bản án, quyết định ly hôn hoặc giấy chứng tử của vợ, chồng (nếu có) | @HT
1.004772 | Đăng ký nhận cha, mẹ, con | HT | c | p | 3wd | 0 | Tờ khai đăng ký nhận cha, mẹ, con; Văn bản của cơ quan y tế xác nhận quan hệ cha con, mẹ con hoặc chứng cứ khác; Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu) | @HT
1.001022 | Đăng ký khai sinh kết hợp nhận cha, mẹ, con | HT | c | p | 3wd | 0 | @khaisinh | @HT
1.004859 | Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch | HT | c | f | 3wd | Lệ phí thay đổi, cải chính hộ tịch=15000 | Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch; Bản chính giấy tờ hộ tịch cần thay đổi, cải chính; Bản sao giấy tờ làm căn cứ cho việc thay đổi, cải chính | @HT
1.004884 | Đăng ký lại khai sinh | HT | c | p | 5wd | 0 | @hotich | @HT
1.004827 | Đăng ký lại kết hôn | HT | c | p | 5wd | 0 | @hotich | @HT
1.005461 | Đăng ký lại khai tử | HT | c | p | 5wd | 0 | @hotich | @HT
1.000593 | Đăng ký giám hộ | HT | c | p | 3wd | 0 | Tờ khai đăng ký giám hộ; Văn bản cử người giám hộ; Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu) | @HT
1.001669 | Đăng ký chấm dứt giám hộ | HT | c | p | 2wd | 0 | Tờ khai đăng ký chấm dứt giám hộ; Giấy tờ làm căn cứ chấm dứt giám hộ | @HT
2.000908 | Cấp bản sao Trích lục hộ tịch | HT | cd | f | 0 | Phí cấp bản sao trích lục=8000 | Tờ khai cấp bản sao trích lục hộ tịch; Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu) | @HT
2.000635 | Đăng ký khai sinh có yếu tố nước ngoài | HT | d | p | 3wd | 0 | @khaisinh | @HT
2.000806 | Đăng ký kết hôn có yếu tố nước ngoài | HT | d | p | 15d | Lệ phí đăng ký kết hôn có yếu tố nước ngoài=1000000 | Tờ khai đăng ký kết hôn; Giấy xác nhận của tổ chức y tế về việc không mắc bệnh tâm thần; Bản sao hộ chiếu của bên nước ngoài | @HT
2.000528 | Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài | HT | d | p | 12wd | 50000 | Tờ khai theo mẫu; Bản sao giấy tờ chứng nhận việc kết hôn do nước ngoài cấp đã được hợp pháp hóa lãnh sự | @HT
2.000547 | Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài | HT | d | p | 12wd | 50000 | Tờ khai theo mẫu; Bản sao bản án, quyết định ly hôn của nước ngoài đã được hợp pháp hóa lãnh sự | @HT
2.000748 | Xác định lại dân tộc | HT | d | p | 3wd | 0 | @hotich | @HT
2.000815 | Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận | CT | cd | f | 0 | Phí chứng thực bản sao=2000 | @saoy | @CT
2.000843 | Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được) | CT | cd | p | 0 | Phí chứng thực chữ ký=10000 | @chuky | @CT
2.000884 | Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp | CT | d | n | 0 | 10000 | Bản dịch và giấy tờ, văn bản cần dịch; Giấy tờ tùy thân của người dịch | @CT
2.000913 | Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở | CT | cd | n | 2wd | Phí chứng thực hợp đồng, giao dịch=50000 | @hopdong | @CT
2.000927 | Chứng thực di chúc | CT | c | n | 2wd | 50000 | Phiếu yêu cầu chứng thực; Dự thảo di chúc; Giấy tờ tùy thân của người lập di chúc; Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản | @CT
2.000942 | Chứng thực văn bản từ chối nhận di sản | CT | c | n | 2wd | 50000 | Dự thảo văn bản từ chối nhận di sản; Giấy tờ tùy thân của người yêu cầu | @CT
2.001016 | Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở | CT | c | n | 10wd | 50000 | Dự thảo văn bản thỏa thuận phân chia di sản; Bản sao giấy chứng tử của người để lại di sản; Bản sao giấy chứng nhận quyền sử dụng đất | @CT
2.001035 | Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch | CT | cd | n | 2wd | 30000 | Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng; Hợp đồng, giao dịch đã được chứng thực | @CT
2.001044 | Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực | CT | cd | n | 0 | 2000 | Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu) | @CT
1.004557 | Đăng ký thường trú | CTRU | c | f | 7wd | Lệ phí đăng ký thường trú=20000 | @cutru | @CTRU
1.004575 | Đăng ký tạm trú | CTRU | c | f | 3wd | Lệ phí đăng ký tạm trú=15000 | @cutru | @CTRU
1.004592 | Gia hạn tạm trú | CTRU | c | f | 3wd | 15000 | Tờ khai thay đổi thông tin cư trú (CT01) | @CTRU
1.004611 | Xóa đăng ký thường trú | CTRU | c | f | 1wd | 0 | Tờ khai thay đổi thông tin cư trú (CT01); Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú | @CTRU
1.004637 | Tách hộ | CTRU | c | f | 3wd | 10000 | Tờ khai thay đổi thông tin cư trú (CT01); Ý kiến đồng ý của chủ hộ và chủ sở hữu chỗ ở | @CTRU
1.004651 | Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú | CTRU | c | f | 3wd | 0 | Tờ khai thay đổi thông tin cư trú (CT01); Giấy tờ chứng minh thông tin thay đổi | @CTRU
1.004683 | Khai báo tạm vắng | CTRU | c | f | 1wd | 0 | Tờ khai thay đổi thông tin cư trú (CT01); Văn bản đồng ý của cơ quan quản lý người bị tạm vắng (nếu có) | @CTRU
1.004694 | Thông báo lưu trú | CTRU | c | f | 0 | 0 | Thông tin người lưu trú (họ tên, số định danh, thời gian lưu trú) | @CTRU
1.004702 | Xác nhận thông tin về cư trú | CTRU | c | f | 1wd | 0 | Tờ khai thay đổi thông tin cư trú (CT01) | @CTRU
2.001808 | Cấp thẻ Căn cước cho công dân Việt Nam từ đủ 14 tuổi trở lên | CC | dp | p | 7wd | Lệ phí cấp đổi thẻ căn cước=50000 | @canCuoc | @CC
2.001809 | Cấp đổi, cấp lại thẻ Căn cước | CC | dp | f | 7wd | Lệ phí cấp lại thẻ căn cước=70000 | @canCuoc | @CC
2.001810 | Cấp thẻ Căn cước cho người dưới 14 tuổi | CC | dp | f | 7wd | 0 | @canCuoc | @CC
2.001811 | Cấp giấy chứng nhận căn cước cho người gốc Việt Nam chưa xác định được quốc tịch | CC | d | n | 15wd | 0 | Tờ khai đề nghị cấp giấy chứng nhận căn cước; Giấy tờ chứng minh nơi ở hiện tại | @CC
2.001812 | Xác lập số định danh cá nhân và kích hoạt tài khoản định danh điện tử mức độ 2 | CC | dp | n | 7wd | 0 | Thẻ Căn cước còn hiệu lực; Số điện thoại chính chủ | @CC
1.012002 | Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu | DD | d | p | 20d | Lệ phí cấp Giấy chứng nhận=100000; Phí thẩm định hồ sơ=500000 | @datdai | @DD
1.012004 | Đăng ký biến động đối với trường hợp chuyển nhượng, tặng cho, thừa kế quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất | DD | d | p | 8wd | Lệ phí đăng ký biến động=50000; Phí thẩm định hồ sơ=300000 | @biendong | @DD
1.012005 | Tách thửa hoặc hợp thửa đất | DD | d | p | 15wd | Phí đo đạc, lập bản đồ địa chính=500000 | Đơn đề nghị tách thửa đất, hợp thửa đất theo mẫu; Bản gốc Giấy chứng nhận đã cấp; Bản vẽ tách thửa, hợp thửa do đơn vị đo đạc lập | @DD
1.012006 | Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất | DD | d | p | 7wd | 50000 | Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu; Bản gốc Giấy chứng nhận đã cấp | @DD
1.012007 | Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất | DD | d | p | 10wd | 50000 | Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu; Giấy xác nhận của Công an cấp xã về việc mất giấy tờ | @DD
1.012008 | Đính chính Giấy chứng nhận đã cấp | DD | d | p | 5wd | 0 | Đơn đề nghị đính chính Giấy chứng nhận; Bản gốc Giấy chứng nhận đã cấp | @DD
1.012009 | Chuyển mục đích sử dụng đất | DD | d | p | 15d | Phí thẩm định hồ sơ=500000 | Đơn xin chuyển mục đích sử dụng đất theo mẫu; Bản gốc Giấy chứng nhận đã cấp | @DD
1.012010 | Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất | DD | d | f | 1wd | Lệ phí đăng ký thế chấp=80000 | Phiếu yêu cầu đăng ký thế chấp theo mẫu; Hợp đồng thế chấp; Bản gốc Giấy chứng nhận đã cấp | @DD
1.012011 | Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất | DD | d | f | 1wd | 20000 | Phiếu yêu cầu xóa đăng ký thế chấp; Văn bản đồng ý xóa đăng ký của bên nhận thế chấp | @DD
1.012012 | Gia hạn sử dụng đất nông nghiệp của hộ gia đình, cá nhân | DD | d | p | 7wd | 0 | Đơn đề nghị gia hạn sử dụng đất; Bản gốc Giấy chứng nhận đã cấp | @DD
1.012013 | Hòa giải tranh chấp đất đai | DD | c | n | 30d | 0 | Đơn yêu cầu hòa giải tranh chấp đất đai; Giấy tờ có liên quan đến thửa đất tranh chấp | @DD
1.012014 | Xác nhận đất không có tranh chấp | DD | c | n | 5wd | 0 | Đơn đề nghị xác nhận; Bản sao giấy tờ về quyền sử dụng đất | @DD
1.012015 | Cung cấp thông tin, dữ liệu đất đai | DD | dp | f | 3wd | Phí khai thác thông tin đất đai=50000 | Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai theo mẫu | @DD
1.012016 | Thu hồi đất do người sử dụng đất tự nguyện trả lại đất | DD | d | n | 20d | 0 | Văn bản trả lại đất; Bản gốc Giấy chứng nhận đã cấp | @DD
1.009994 | Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ | XD | d | f | 15d | Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ=75000 | @xaydung | @XD
1.009995 | Cấp giấy phép sửa chữa, cải tạo đối với nhà ở riêng lẻ | XD | d | f | 15d | 75000 | Đơn đề nghị cấp giấy phép sửa chữa, cải tạo theo mẫu; Bản sao giấy tờ chứng minh quyền sở hữu công trình; Bản vẽ hiện trạng và bản vẽ thiết kế sửa chữa, cải tạo | @XD
1.009996 | Cấp giấy phép di dời đối với nhà ở riêng lẻ | XD | d | p | 15d | 75000 | Đơn đề nghị cấp giấy phép di dời theo mẫu; Bản vẽ hiện trạng công trình và vị trí mới; Phương án di dời | @XD
1.009997 | Điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ | XD | d | f | 10d | 75000 | Đơn đề nghị điều chỉnh giấy phép xây dựng; Bản chính giấy phép xây dựng đã được cấp; Bản vẽ thiết kế điều chỉnh | @XD
1.009998 | Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ | XD | d | f | 5d | 15000 | Đơn đề nghị gia hạn giấy phép xây dựng; Bản chính giấy phép xây dựng đã được cấp | @XD
1.009999 | Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ | XD | d | f | 5d | 15000 | Đơn đề nghị cấp lại giấy phép xây dựng; Bản chính giấy phép xây dựng (trường hợp bị rách, nát) | @XD
1.010000 | Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ | XD | d | f | 15d | 75000 | @xaydung | @XD
1.010001 | Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV | XD | d | p | 20d | Lệ phí cấp giấy phép xây dựng công trình=150000 | @xaydung | @XD
1.010002 | Cấp giấy phép xây dựng công trình quảng cáo | XD | d | p | 15d | 150000 | Đơn đề nghị cấp giấy phép xây dựng công trình quảng cáo; Bản vẽ thiết kế công trình quảng cáo; Bản sao giấy tờ về quyền sử dụng đất | @XD
1.010003 | Cấp phép thi công xây dựng công trình trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ đang khai thác | GT | dp | p | 7wd | 0 | Đơn đề nghị cấp phép thi công; Hồ sơ thiết kế và biện pháp tổ chức thi công | @GT
1.010004 | Cấp phép sử dụng tạm thời một phần lòng đường, hè phố vào mục đích khác | GT | d | p | 5wd | Phí sử dụng tạm thời lòng đường, hè phố=20000 | Đơn đề nghị sử dụng tạm thời lòng đường, hè phố; Sơ đồ vị trí và diện tích sử dụng | @GT
1.010005 | Cấp giấy phép đào đường, hè phố để lắp đặt công trình hạ tầng kỹ thuật | GT | d | p | 7wd | 0 | Đơn đề nghị cấp phép đào đường; Bản vẽ thiết kế tuyến công trình; Phương án hoàn trả mặt đường | @GT
1.010006 | Cấp giấy phép chặt hạ, dịch chuyển cây xanh đô thị | MT | d | p | 10wd | 0 | Đơn đề nghị chặt hạ, dịch chuyển cây xanh; Sơ đồ vị trí cây xanh | @MT
1.010007 | Cung cấp thông tin về quy hoạch xây dựng | QH | d | f | 7wd | 0 | Phiếu đề nghị cung cấp thông tin quy hoạch; Sơ đồ vị trí khu đất | @QH
1.010008 | Cấp giấy phép quy hoạch dự án đầu tư xây dựng | QH | dp | p | 20d | 2000000 | Đơn đề nghị cấp giấy phép quy hoạch; Sơ đồ vị trí địa điểm đề nghị; Văn bản pháp lý về dự án | @QH
1.010009 | Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng | QH | d | n | 20wd | 0 | Tờ trình đề nghị thẩm định; Thuyết minh và bản vẽ đồ án quy hoạch | @QH
2.000575 | Đăng ký thành lập hộ kinh doanh | HKD | d | f | 3wd | Lệ phí đăng ký hộ kinh doanh=100000 | @hkd | @HKD
2.000720 | Đăng ký thay đổi nội dung đăng ký hộ kinh doanh | HKD | d | f | 3wd | 100000 | Thông báo thay đổi nội dung đăng ký hộ kinh doanh; Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh | @HKD
2.000644 | Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh | HKD | d | f | 3wd | 0 | Thông báo tạm ngừng hoặc tiếp tục kinh doanh của hộ kinh doanh | @HKD
2.000662 | Chấm dứt hoạt động hộ kinh doanh | HKD | d | f | 3wd | 0 | Thông báo chấm dứt hoạt động hộ kinh doanh; Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh | @HKD
2.000683 | Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh | HKD | d | f | 3wd | 100000 | Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh | @HKD
2.001958 | Đăng ký thành lập hợp tác xã | HTX | dp | p | 3wd | 100000 | Giấy đề nghị đăng ký hợp tác xã; Điều lệ hợp tác xã; Danh sách thành viên hợp tác xã | @HTX
2.001959 | Đăng ký thay đổi tên, địa chỉ trụ sở, vốn điều lệ của hợp tác xã | HTX | dp | p | 3wd | 100000 | Giấy thông báo thay đổi nội dung đăng ký hợp tác xã; Nghị quyết của đại hội thành viên | @HTX
2.001960 | Giải thể tự nguyện hợp tác xã | HTX | dp | p | 5wd | 0 | Đơn đề nghị giải thể hợp tác xã; Nghị quyết giải thể của đại hội thành viên | @HTX
1.001541 | Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống | ATTP | dp | p | 20d | Phí thẩm định cơ sở kinh doanh dịch vụ ăn uống=700000 | @attp | @ATTP
1.001542 | Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm | ATTP | dp | p | 5wd | 0 | Đơn đề nghị cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm; Bản gốc giấy chứng nhận cũ (nếu có) | @ATTP
1.001543 | Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm nông lâm thủy sản | ATTP | dp | p | 15wd | 700000 | @attp | @ATTP
1.001544 | Xác nhận kiến thức về an toàn thực phẩm cho chủ cơ sở và người trực tiếp sản xuất, kinh doanh | ATTP | dp | p | 5wd | Phí xác nhận kiến thức=30000 | Đơn đề nghị xác nhận kiến thức về an toàn thực phẩm; Danh sách người đề nghị xác nhận kiến thức | @ATTP
1.001545 | Ký cam kết bảo đảm an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh nhỏ lẻ | ATTP | c | n | 0 | 0 | Bản cam kết bảo đảm an toàn thực phẩm theo mẫu | @ATTP
2.000181 | Cấp Giấy phép bán lẻ rượu | LT | d | p | 10wd | Phí thẩm định cấp giấy phép bán lẻ rượu=1100000 | @giayphep | @LT
2.000182 | Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh | LT | d | p | 10wd | 1100000 | Đơn đề nghị cấp giấy phép sản xuất rượu thủ công; Bản sao giấy chứng nhận đăng ký kinh doanh; Bản công bố sản phẩm rượu | @LT
2.000183 | Cấp sửa đổi, bổ sung, cấp lại Giấy phép bán lẻ rượu | LT | d | p | 7wd | 550000 | Đơn đề nghị cấp sửa đổi, bổ sung, cấp lại; Bản sao giấy phép bán lẻ rượu đã cấp | @LT
2.000184 | Cấp Giấy phép bán lẻ sản phẩm thuốc lá | LT | d | p | 15wd | Phí thẩm định cấp giấy phép bán lẻ thuốc lá=1100000 | @giayphep | @LT
2.000185 | Cấp Giấy phép bán rượu tiêu dùng tại chỗ | LT | d | p | 10wd | 1100000 | @giayphep | @LT
2.000186 | Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai | KVN | dp | p | 15wd | 1200000 | Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai; Bản sao giấy chứng nhận đăng ký kinh doanh; Giấy tờ về phòng cháy chữa cháy của cửa hàng | @KVN
1.001612 | Chuyển trường đối với học sinh trung học cơ sở | GD | d | p | 3wd | 0 | @hocsinh | @GD
1.001613 | Chuyển trường đối với học sinh tiểu học | GD | d | p | 3wd | 0 | @hocsinh | @GD
1.001614 | Chuyển trường đối với học sinh trung học phổ thông | GD | p | p | 3wd | 0 | @hocsinh | @GD
1.001615 | Tuyển sinh trung học cơ sở | GD | d | f | 15d | 0 | Đơn dự tuyển; Bản sao giấy khai sinh; Học bạ hoặc giấy xác nhận hoàn thành chương trình tiểu học | @GD
1.001616 | Tuyển sinh vào lớp 1 tiểu học | GD | cd | f | 15d | 0 | Đơn xin nhập học; Bản sao giấy khai sinh | @GD
1.001617 | Tuyển sinh trẻ vào trường mầm non | GD | c | f | 15d | 0 | Đơn xin nhập học; Bản sao giấy khai sinh; Phiếu theo dõi tiêm chủng | @GD
1.001618 | Xét công nhận tốt nghiệp trung học cơ sở | GD | d | n | 15d | 0 | Học bạ; Bản sao giấy khai sinh | @GD
1.001619 | Miễn, giảm học phí, hỗ trợ chi phí học tập | GD | cd | p | 10wd | 0 | Đơn đề nghị miễn, giảm học phí theo mẫu; Bản sao giấy tờ chứng minh thuộc đối tượng miễn, giảm học phí | @GD
1.001620 | Cấp bản sao văn bằng, chứng chỉ từ sổ gốc | GD | dp | p | 1wd | 3000 | Đơn đề nghị cấp bản sao văn bằng; Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu) | @GD
1.001621 | Chỉnh sửa nội dung văn bằng, chứng chỉ | GD | dp | p | 5wd | 0 | Đơn đề nghị chỉnh sửa văn bằng; Bản chính văn bằng đề nghị chỉnh sửa; Giấy tờ làm căn cứ chỉnh sửa | @GD
1.001622 | Cho phép thành lập nhóm trẻ, lớp mẫu giáo độc lập tư thục | GD | c | p | 20wd | 0 | Tờ trình đề nghị cho phép thành lập; Đề án thành lập nhóm trẻ, lớp mẫu giáo | @GD
1.001623 | Cấp phép hoạt động dạy thêm, học thêm ngoài nhà trường | GD | d | p | 15wd | 0 | Đơn đề nghị cấp giấy phép tổ chức dạy thêm; Danh sách người dạy thêm; Kế hoạch tổ chức dạy thêm | @GD
1.001776 | Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng | BTXH | cd | p | 22wd | 0 | @trocap | @BTXH
1.001777 | Trợ cấp xã hội hằng tháng đối với người cao tuổi | BTXH | cd | p | 22wd | 0 | Tờ khai đề nghị trợ giúp xã hội theo mẫu; Bản sao thẻ căn cước của người cao tuổi | @BTXH
1.001778 | Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội | BTXH | cd | p | 5wd | 0 | Tờ khai đề nghị hỗ trợ chi phí mai táng; Bản sao giấy chứng tử | @BTXH
1.001779 | Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật | BTXH | c | p | 30d | 0 | Đơn đề nghị xác định mức độ khuyết tật theo mẫu; Bản sao hồ sơ bệnh án, giấy tờ khám, điều trị | @BTXH
1.001780 | Đổi, cấp lại Giấy xác nhận khuyết tật | BTXH | c | p | 5wd | 0 | Đơn đề nghị đổi, cấp lại giấy xác nhận khuyết tật | @BTXH
1.001781 | Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm | BTXH | c | n | 15d | 0 | Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo theo mẫu | @BTXH
1.001782 | Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm | BTXH | c | n | 15d | 0 | Giấy đề nghị công nhận hộ thoát nghèo, hộ thoát cận nghèo | @BTXH
1.001783 | Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở | BTXH | cd | n | 10wd | 0 | Tờ khai đề nghị hỗ trợ làm nhà ở, sửa chữa nhà ở | @BTXH
1.001784 | Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội | BTXH | dp | n | 15wd | 0 | Đơn đề nghị tiếp nhận; Bản sao giấy khai sinh hoặc thẻ căn cước; Giấy xác nhận khuyết tật (nếu có) | @BTXH
1.001785 | Đăng ký hoạt động đối với cơ sở trợ giúp xã hội dưới 10 đối tượng có hoàn cảnh khó khăn | BTXH | d | n | 5wd | 0 | Tờ khai đăng ký hoạt động; Bản sao giấy tờ tùy thân của người đứng đầu cơ sở | @BTXH
1.002001 | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ | NCC | cd | p | 20wd | 0 | Bản khai đề nghị trợ cấp thờ cúng liệt sĩ; Bản sao giấy chứng nhận gia đình liệt sĩ | @NCC
1.002002 | Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ | NCC | cd | p | 20wd | 0 | @ncc | @NCC
1.002003 | Giải quyết chế độ ưu đãi đối với thương binh và người hưởng chính sách như thương binh | NCC | cd | p | 20wd | 0 | @ncc | @NCC
1.002004 | Hỗ trợ người có công với cách mạng cải thiện nhà ở | NCC | c | n | 30d | 0 | Đơn đề nghị hỗ trợ cải thiện nhà ở; Bản sao giấy tờ chứng minh là người có công | @NCC
1.002005 | Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ | NCC | d | p | 5wd | 0 | Đơn đề nghị thăm viếng mộ liệt sĩ có xác nhận của UBND cấp xã | @NCC
1.002006 | Di chuyển hài cốt liệt sĩ đang an táng ở nghĩa trang liệt sĩ đi nơi khác theo nguyện vọng của đại diện thân nhân | NCC | dp | n | 15wd | 0 | Đơn đề nghị di chuyển hài cốt liệt sĩ; Bản sao giấy báo tử liệt sĩ | @NCC
1.002007 | Giải quyết trợ cấp một lần đối với người được tặng danh hiệu Bà mẹ Việt Nam anh hùng | NCC | cd | p | 20wd | 0 | @ncc | @NCC
1.002008 | Giải quyết chế độ mai táng phí đối với cựu chiến binh | NCC | c | p | 10wd | 0 | Tờ khai đề nghị hưởng chế độ mai táng phí; Bản sao giấy chứng tử; Bản sao giấy tờ chứng minh là cựu chiến binh | @NCC
1.002201 | Giải quyết hưởng trợ cấp thất nghiệp | LD | p | f | 20d | 0 | Đề nghị hưởng trợ cấp thất nghiệp theo mẫu; Bản sao quyết định thôi việc hoặc hợp đồng lao động đã hết hạn; Sổ bảo hiểm xã hội | @LD
1.002202 | Hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp | LD | p | p | 20d | 0 | Đề nghị hỗ trợ học nghề theo mẫu | @LD
1.002203 | Đăng ký nội quy lao động của doanh nghiệp | LD | dp | p | 7wd | 0 | Văn bản đề nghị đăng ký nội quy lao động; Nội quy lao động | @LD
1.002301 | Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em | TE | c | n | 0 | 0 | Thông tin về trẻ em bị tổn hại (tiếp nhận qua tổng đài 111 hoặc trực tiếp) | @TE
1.002302 | Đăng ký nhận chăm sóc thay thế cho trẻ em đối với cá nhân, người đại diện gia đình nhận chăm sóc thay thế không phải là người thân thích | TE | c | n | 15d | 0 | Đơn đăng ký nhận chăm sóc thay thế; Bản sao giấy tờ tùy thân; Phiếu lý lịch tư pháp | @TE
1.002401 | Cấp giấy phép hành nghề khám bệnh, chữa bệnh | YT | p | p | 20d | 360000 | Đơn đề nghị cấp giấy phép hành nghề; Bản sao văn bằng chuyên môn; Giấy chứng nhận đủ sức khỏe để hành nghề | @YT
1.002402 | Cấp giấy phép hoạt động đối với phòng khám đa khoa, chuyên khoa | YT | p | p | 45d | 4300000 | Đơn đề nghị cấp giấy phép hoạt động; Danh sách người hành nghề; Bản kê khai cơ sở vật chất, thiết bị y tế | @YT
1.002501 | Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi | BHYT | c | f | 5wd | 0 | Tờ khai tham gia bảo hiểm y tế (thực hiện liên thông cùng đăng ký khai sinh) | @BHYT
1.002502 | Cấp thẻ bảo hiểm y tế cho người thuộc hộ gia đình nghèo, cận nghèo | BHYT | c | p | 5wd | 0 | Danh sách đối tượng đề nghị cấp thẻ bảo hiểm y tế; Quyết định công nhận hộ nghèo, hộ cận nghèo | @BHYT
1.002503 | Đăng ký tham gia bảo hiểm y tế hộ gia đình | BHYT | c | f | 5wd | 0 | Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế | @BHYT
1.002504 | Cấp lại, đổi thẻ bảo hiểm y tế | BHYT | c | f | 3wd | 0 | Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế | @BHYT
1.002601 | Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke | VH | d | p | 5wd | Phí thẩm định cấp giấy phép karaoke=4000000 | @vanhoa | @VH
1.002602 | Điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke | VH | d | p | 4wd | 2000000 | Đơn đề nghị điều chỉnh giấy phép; Bản sao giấy phép đã được cấp | @VH
1.002603 | Thông báo tổ chức lễ hội cấp xã | VH | c | p | 5wd | 0 | Văn bản thông báo tổ chức lễ hội; Kế hoạch tổ chức lễ hội | @VH
1.002604 | Đăng ký tổ chức lễ hội cấp huyện | VH | d | p | 15d | 0 | Văn bản đăng ký tổ chức lễ hội; Kế hoạch tổ chức lễ hội; Chương trình, kịch bản lễ hội | @VH
1.002605 | Công nhận lần đầu Gia đình văn hóa, Tổ dân phố văn hóa | VH | c | n | 15wd | 0 | Báo cáo thành tích xây dựng tổ dân phố văn hóa; Biên bản họp bình xét | @VH
1.002606 | Công nhận câu lạc bộ thể thao cơ sở | TT | c | p | 7wd | 0 | Đơn đề nghị công nhận câu lạc bộ; Danh sách hội viên; Quy chế hoạt động | @TT
1.002607 | Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao | TT | p | p | 7wd | 0 | Đơn đề nghị cấp giấy chứng nhận; Bản tóm tắt tình hình chuẩn bị các điều kiện kinh doanh | @TT
1.002701 | Đăng ký môi trường | MT | cd | f | 5wd | 0 | Văn bản đăng ký môi trường theo mẫu | @MT
1.002702 | Thẩm định báo cáo đánh giá tác động môi trường | MT | p | p | 30d | 0 | Văn bản đề nghị thẩm định; Báo cáo đánh giá tác động môi trường; Báo cáo nghiên cứu khả thi của dự án | @MT
1.002703 | Cấp giấy phép môi trường | MT | dp | p | 30d | 0 | Văn bản đề nghị cấp giấy phép môi trường; Báo cáo đề xuất cấp giấy phép môi trường | @MT
1.002801 | Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai | NN | c | n | 15d | 0 | Đơn đề nghị hỗ trợ; Bản kê khai thiệt hại | @NN
1.002802 | Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do dịch bệnh động vật | NN | c | n | 15d | 0 | Đơn đề nghị hỗ trợ; Biên bản xác nhận thiệt hại | @NN
1.002803 | Đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa | NN | c | p | 5wd | 0 | Bản đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa theo mẫu | @NN
1.002804 | Cấp Giấy chứng nhận kinh tế trang trại | NN | d | p | 5wd | 0 | Bản kê khai tiêu chí kinh tế trang trại; Giấy tờ chứng minh quyền sử dụng đất | @NN
1.002805 | Kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh | NN | p | f | 3wd | 0 | Đơn đăng ký kiểm dịch theo mẫu | @NN
1.002901 | Cấp phép hoạt động trong phạm vi bảo vệ công trình thủy lợi | TL | dp | p | 15wd | 0 | Đơn đề nghị cấp phép theo mẫu; Bản đồ vị trí khu vực hoạt động | @TL
1.003001 | Cấp giấy phép lái xe | GT | p | p | 10wd | Lệ phí cấp giấy phép lái xe=135000 | Đơn đề nghị cấp giấy phép lái xe theo mẫu; Giấy khám sức khỏe của người lái xe; Chứng chỉ tốt nghiệp đào tạo lái xe | @GT
1.003002 | Đổi giấy phép lái xe | GT | p | f | 5wd | 135000 | Đơn đề nghị đổi giấy phép lái xe theo mẫu; Giấy khám sức khỏe của người lái xe; Bản chính giấy phép lái xe cũ | @GT
1.003003 | Cấp lại giấy phép lái xe | GT | p | f | 10wd | 135000 | Đơn đề nghị cấp lại giấy phép lái xe theo mẫu; Giấy khám sức khỏe của người lái xe | @GT
1.003004 | Đăng ký xe mô tô, xe gắn máy lần đầu | GT | c | f | 2wd | Lệ phí cấp biển số xe mô tô=150000 | Giấy khai đăng ký xe; Chứng từ nguồn gốc xe; Chứng từ lệ phí trước bạ | @GT
1.003005 | Sang tên, di chuyển xe mô tô, xe gắn máy | GT | c | f | 2wd | 50000 | Giấy khai đăng ký xe; Chứng từ chuyển quyền sở hữu xe; Giấy chứng nhận đăng ký xe | @GT
1.003101 | Công nhận tổ chức tôn giáo cơ sở; thông báo sinh hoạt tôn giáo tập trung | TG | c | n | 20d | 0 | Văn bản thông báo sinh hoạt tôn giáo tập trung; Danh sách người tham gia | @TG
1.003102 | Đăng ký hoạt động tín ngưỡng tại cơ sở tín ngưỡng | TG | c | n | 15d | 0 | Văn bản đăng ký hoạt động tín ngưỡng; Danh mục hoạt động tín ngưỡng | @TG
1.003103 | Thông báo tổ chức quyên góp ngoài địa bàn cơ sở tín ngưỡng, tổ chức tôn giáo | TG | cd | n | 15d | 0 | Văn bản thông báo tổ chức quyên góp | @TG
1.003201 | Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã | TDKT | c | n | 20wd | 0 | @khenthuong | @TDKT
1.003202 | Tặng danh hiệu Lao động tiên tiến | TDKT | cd | n | 20wd | 0 | @khenthuong | @TDKT
1.003203 | Tặng danh hiệu Gia đình văn hóa | TDKT | c | n | 10wd | 0 | @khenthuong | @TDKT
1.003204 | Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện về thành tích thi đua theo đợt, chuyên đề | TDKT | d | n | 20wd | 0 | @khenthuong | @TDKT
1.003301 | Cấp giấy phép thành lập và công nhận điều lệ quỹ xã hội, quỹ từ thiện | NV | dp | n | 30d | 0 | Đơn đề nghị thành lập quỹ; Dự thảo điều lệ quỹ; Văn bản cam kết đóng góp tài sản | @NV
1.003302 | Công nhận ban vận động thành lập hội | NV | dp | n | 30d | 0 | Đơn đề nghị công nhận ban vận động thành lập hội; Danh sách thành viên ban vận động | @NV
1.003401 | Đăng ký việc nuôi con nuôi trong nước | TP | c | n | 30d | Lệ phí đăng ký nuôi con nuôi trong nước=400000 | Đơn xin nhận con nuôi theo mẫu; Phiếu lý lịch tư pháp của người nhận con nuôi; Giấy khám sức khỏe của người nhận con nuôi; Bản sao giấy khai sinh của người được nhận làm con nuôi | @TP
1.003402 | Đăng ký lại việc nuôi con nuôi trong nước | TP | c | n | 5wd | 0 | Tờ khai đăng ký lại việc nuôi con nuôi; Bản sao giấy tờ chứng minh việc nuôi con nuôi đã được đăng ký | @TP
1.003501 | Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam | LLTP | p | f | 10wd | Phí cung cấp thông tin lý lịch tư pháp=200000 | Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp; Bản chụp thẻ căn cước hoặc hộ chiếu | @LLTP
1.003502 | Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng | LLTP | p | n | 10wd | 0 | Văn bản yêu cầu cấp Phiếu lý lịch tư pháp | @LLTP
1.003601 | Thủ tục thực hiện hỗ trợ khi hòa giải viên gặp tai nạn hoặc rủi ro ảnh hưởng đến sức khỏe, tính mạng trong khi thực hiện hoạt động hòa giải | HG | c | n | 10wd | 0 | Giấy đề nghị hỗ trợ; Bản sao giấy tờ chứng minh việc tai nạn | @HG
1.003602 | Công nhận hòa giải viên | HG | c | n | 3wd | 0 | Danh sách người được đề cử làm hòa giải viên | @HG
1.003603 | Thôi làm hòa giải viên | HG | c | n | 3wd | 0 | Văn bản đề nghị thôi làm hòa giải viên | @HG
1.003701 | Thẩm duyệt thiết kế về phòng cháy và chữa cháy | PCCC | p | p | 10wd | 0 | Văn bản đề nghị thẩm duyệt thiết kế về phòng cháy và chữa cháy; Bản vẽ và thuyết minh thiết kế | @PCCC
1.003702 | Nghiệm thu về phòng cháy và chữa cháy | PCCC | p | p | 10wd | 0 | Văn bản đề nghị nghiệm thu; Hồ sơ hoàn công hệ thống phòng cháy chữa cháy | @PCCC
1.003801 | Đăng ký khai thác nước dưới đất | TNN | c | p | 10wd | 0 | Tờ khai đăng ký khai thác nước dưới đất theo mẫu | @TNN
1.003802 | Cấp giấy phép khai thác, sử dụng nước mặt | TNN | p | p | 30d | 0 | Đơn đề nghị cấp giấy phép khai thác nước mặt; Đề án khai thác, sử dụng nước | @TNN
1.003901 | Giải quyết khiếu nại lần đầu tại cấp xã | KN | c | n | 30d | 0 | Đơn khiếu nại; Tài liệu, chứng cứ liên quan | @KN
1.003902 | Giải quyết khiếu nại lần đầu tại cấp huyện | KN | d | n | 30d | 0 | Đơn khiếu nại; Tài liệu, chứng cứ liên quan | @KN
1.003903 | Giải quyết tố cáo tại cấp xã | KN | c | n | 30d | 0 | Đơn tố cáo; Tài liệu, chứng cứ liên quan | @KN
1.003904 | Tiếp công dân tại cấp huyện | KN | d | n | 0 | 0 | Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu) | @KN
1.004001 | Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân đang sử dụng đất không có giấy tờ | DD | d | p | 30d | 100000 | @datdai | @DD
1.004002 | Đăng ký biến động do đổi tên, thay đổi thông tin về người sử dụng đất, thay đổi hình thể, diện tích thửa đất | DD | d | p | 10wd | 30000 | @biendong | @DD
1.004003 | Đăng ký xác lập quyền sử dụng hạn chế thửa đất liền kề | DD | d | p | 10wd | 30000 | Đơn đăng ký biến động theo mẫu; Hợp đồng hoặc văn bản thỏa thuận về quyền sử dụng hạn chế | @DD
1.004004 | Chuyển đổi quyền sử dụng đất nông nghiệp của hộ gia đình, cá nhân | DD | d | p | 10wd | 30000 | @biendong | @DD
1.004101 | Đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới | HT | c | n | 15d | 0 | @kethon | @HT
1.004102 | Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân | HT | c | p | 3wd | 0 | Tờ khai đăng ký khai sinh; Bản sao giấy tờ cá nhân (học bạ, bằng tốt nghiệp, giấy tờ khác có thông tin khai sinh) | @HT
1.004103 | Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi | HT | c | f | 10wd | 0 | @khaisinh | @HT
1.004104 | Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, trợ cấp mai táng phí | HT | c | f | 10wd | 0 | @khaitu | @HT
1.004201 | Cấp bản sao từ sổ gốc | CT | cd | n | 0 | 3000 | Giấy tờ tùy thân có ảnh của người yêu cầu (căn cước, hộ chiếu); Giấy tờ chứng minh quan hệ với người được cấp bản chính | @CT
1.004202 | Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước ngoài cấp | CT | d | n | 0 | 2000 | @saoy | @CT
1.004203 | Chứng thực hợp đồng mua bán, tặng cho nhà ở | CT | c | n | 2wd | 50000 | @hopdong | @CT
1.004301 | Cấp Giấy chứng nhận đăng ký kinh doanh dịch vụ lữ hành nội địa | VH | p | p | 10wd | 3000000 | Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành; Bản sao giấy chứng nhận đăng ký doanh nghiệp | @VH
1.004302 | Công nhận cơ sở lưu trú du lịch (homestay, nhà nghỉ) đạt tiêu chuẩn phục vụ khách du lịch | VH | p | p | 30d | 1500000 | Đơn đề nghị công nhận hạng cơ sở lưu trú; Danh sách người quản lý và nhân viên | @VH
1.004401 | Đăng ký lại phương tiện thủy nội địa, đăng ký thuyền, đò chở khách | GT | cd | p | 3wd | 70000 | Đơn đề nghị đăng ký phương tiện thủy nội địa; Giấy chứng nhận an toàn kỹ thuật của phương tiện | @GT
1.004501 | Hỗ trợ tiền điện cho hộ nghèo, hộ chính sách xã hội | BTXH | c | n | 10wd | 0 | Danh sách hộ nghèo, hộ chính sách đề nghị hỗ trợ tiền điện | @BTXH
1.004502 | Trợ cấp một lần cho người dân bị thiệt hại nặng do thiên tai, hỏa hoạn | BTXH | c | n | 5wd | 0 | Tờ khai đề nghị trợ giúp xã hội khẩn cấp; Biên bản xác nhận thiệt hại | @BTXH
`;
