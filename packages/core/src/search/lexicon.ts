/**
 * How citizens name procedures, mapped to the words of the legal titles.
 *
 * `say` lists what people type (with or without diacritics: matching is folded); `means`
 * is what the catalogue calls it. At search time a phrase from `say` in the query is
 * replaced by `means`, the longest phrase first. A portal adds its own entries through
 * `createProcedureIndex(procedures, { lexicon: [...] })`. Curated from how the seeds'
 * citizens and officials speak, and from common nicknames; see docs/search.md.
 */
export interface LexiconEntry {
  say: string[];
  means: string;
}

export const DEFAULT_LEXICON: readonly LexiconEntry[] = [
  // Land: the certificate has colour nicknames and abbreviations.
  { say: ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'bìa hồng', 'làm sổ', 'giấy đỏ', 'gcn qsdđ', 'qsdđ', 'gcnqsdd', 'bằng khoán'], means: 'cấp giấy chứng nhận quyền sử dụng đất lần đầu' },
  { say: ['sang tên sổ đỏ', 'sang tên đất', 'mua bán đất', 'bán đất', 'mua đất', 'cho đất', 'tặng đất', 'thừa kế đất', 'chuyển nhượng đất'], means: 'chuyển nhượng tặng cho thừa kế quyền sử dụng đất' },
  { say: ['mất sổ đỏ', 'mất sổ hồng', 'mất bìa đỏ'], means: 'cấp lại giấy chứng nhận quyền sử dụng đất do bị mất' },
  { say: ['đổi sổ đỏ', 'đổi sổ hồng', 'đổi sổ'], means: 'cấp đổi giấy chứng nhận quyền sử dụng đất' },
  { say: ['cắt đất', 'chia đất', 'tách sổ', 'chia thửa', 'gộp sổ', 'gộp đất', 'nhập thửa'], means: 'tách thửa hợp thửa đất' },
  { say: ['lên thổ cư', 'chuyển thổ cư', 'chuyển đất vườn', 'chuyển lên đất ở', 'chuyển đổi mục đích'], means: 'chuyển mục đích sử dụng đất' },
  { say: ['vay ngân hàng bằng sổ đỏ', 'thế chấp sổ đỏ', 'cầm sổ đỏ', 'thế chấp nhà đất'], means: 'đăng ký thế chấp quyền sử dụng đất' },
  { say: ['giải chấp', 'xóa thế chấp'], means: 'xóa đăng ký thế chấp' },
  { say: ['tranh chấp đất', 'lấn đất', 'cãi nhau đất'], means: 'hòa giải tranh chấp đất đai' },
  { say: ['sai tên trên sổ', 'sửa sổ đỏ', 'sai sổ đỏ'], means: 'đính chính giấy chứng nhận' },
  // Building.
  { say: ['xin phép xây nhà', 'phép xây nhà', 'xây nhà', 'làm nhà', 'cất nhà', 'giấy phép xây nhà', 'gpxd', 'xin phép xây dựng'], means: 'giấy phép xây dựng nhà ở riêng lẻ' },
  { say: ['sửa nhà', 'cơi nới nhà', 'nâng tầng', 'cải tạo nhà'], means: 'giấy phép sửa chữa cải tạo nhà ở riêng lẻ' },
  { say: ['dựng biển quảng cáo', 'biển quảng cáo', 'pano'], means: 'giấy phép xây dựng công trình quảng cáo' },
  { say: ['đào đường', 'đào vỉa hè', 'đục đường'], means: 'giấy phép đào đường hè phố' },
  { say: ['chiếm vỉa hè', 'mượn vỉa hè', 'dùng vỉa hè', 'để xe trên vỉa hè', 'làm đám cưới trên vỉa hè', 'dựng rạp'], means: 'sử dụng tạm thời lòng đường hè phố' },
  { say: ['chặt cây', 'đốn cây', 'chặt cây xanh'], means: 'chặt hạ dịch chuyển cây xanh' },
  { say: ['xem quy hoạch', 'tra quy hoạch', 'hỏi quy hoạch', 'đất có dính quy hoạch'], means: 'cung cấp thông tin quy hoạch' },
  // Residence: "hộ khẩu" was abolished in 2023, but everyone still says it.
  { say: ['hộ khẩu', 'nhập hộ khẩu', 'nhập khẩu', 'làm hộ khẩu', 'sổ hộ khẩu', 'chuyển hộ khẩu', 'chuyển khẩu', 'đăng ký hộ khẩu', 'thường trú'], means: 'đăng ký thường trú' },
  { say: ['tách khẩu', 'tách hộ khẩu', 'tách sổ hộ khẩu'], means: 'tách hộ' },
  { say: ['cắt khẩu', 'xóa khẩu', 'xóa hộ khẩu', 'cắt hộ khẩu'], means: 'xóa đăng ký thường trú' },
  { say: ['kt3', 'sổ tạm trú', 'làm tạm trú', 'đăng ký tạm trú', 'tạm trú cho người thuê trọ', 'thuê trọ'], means: 'đăng ký tạm trú' },
  { say: ['báo tạm vắng', 'đi vắng', 'tạm vắng'], means: 'khai báo tạm vắng' },
  { say: ['khai báo lưu trú', 'báo khách ở lại', 'khách ở lại qua đêm', 'lưu trú'], means: 'thông báo lưu trú' },
  { say: ['ct07', 'giấy xác nhận cư trú', 'xác nhận cư trú', 'xác nhận nơi ở'], means: 'xác nhận thông tin về cư trú' },
  // Identity documents.
  { say: ['cccd', 'căn cước công dân', 'chứng minh thư', 'chứng minh nhân dân', 'cmnd', 'cmt', 'làm căn cước', 'thẻ căn cước', 'làm chứng minh'], means: 'cấp thẻ căn cước công dân' },
  { say: ['mất căn cước', 'mất cccd', 'đổi căn cước', 'đổi cccd', 'mất chứng minh thư'], means: 'cấp đổi cấp lại thẻ căn cước' },
  { say: ['vneid', 'định danh điện tử', 'định danh mức 2', 'tài khoản định danh', 'kích hoạt vneid'], means: 'tài khoản định danh điện tử mức độ 2' },
  // Driving and vehicles.
  { say: ['bằng lái', 'bằng lái xe', 'gplx', 'thi bằng lái', 'bằng xe máy', 'bằng ô tô', 'bằng a1', 'bằng b2', 'bằng lái ô tô'], means: 'giấy phép lái xe' },
  { say: ['đổi bằng lái', 'đổi bằng', 'đổi bằng lái xe', 'bằng hết hạn'], means: 'đổi giấy phép lái xe' },
  { say: ['mất bằng lái', 'mất bằng', 'mất bằng lái xe'], means: 'cấp lại giấy phép lái xe' },
  { say: ['đăng ký xe máy', 'làm biển số', 'bấm biển', 'cà vẹt', 'cavet', 'giấy đăng ký xe'], means: 'đăng ký xe mô tô xe gắn máy' },
  { say: ['sang tên xe', 'mua xe cũ', 'bán xe máy'], means: 'sang tên di chuyển xe mô tô xe gắn máy' },
  // Civil status.
  { say: ['làm giấy khai sinh', 'giấy khai sinh', 'khai sinh cho con', 'khai sinh cho bé', 'làm khai sinh', 'đẻ con', 'sinh con', 'mới sinh'], means: 'đăng ký khai sinh' },
  { say: ['bản sao khai sinh', 'sao giấy khai sinh', 'trích lục khai sinh', 'trích lục', 'bản sao trích lục', 'xin lại giấy khai sinh', 'mất giấy khai sinh'], means: 'cấp bản sao trích lục hộ tịch' },
  { say: ['giấy chứng tử', 'báo tử', 'người mất', 'người chết', 'khai tử cho', 'làm chứng tử'], means: 'đăng ký khai tử' },
  { say: ['cưới', 'cưới vợ', 'lấy vợ', 'lấy chồng', 'giấy đăng ký kết hôn', 'giấy kết hôn', 'đăng ký cưới', 'làm giấy kết hôn'], means: 'đăng ký kết hôn' },
  { say: ['lấy chồng nước ngoài', 'lấy vợ nước ngoài', 'kết hôn với người nước ngoài', 'lấy chồng ngoại', 'lấy vợ ngoại'], means: 'kết hôn có yếu tố nước ngoài' },
  { say: ['giấy độc thân', 'xác nhận độc thân', 'giấy xác nhận độc thân', 'chứng nhận độc thân', 'giấy chưa kết hôn', 'tình trạng độc thân'], means: 'xác nhận tình trạng hôn nhân' },
  { say: ['đổi tên', 'sửa tên', 'sai tên', 'sửa ngày sinh', 'sai ngày sinh', 'đổi họ', 'cải chính', 'sửa giấy khai sinh', 'đổi họ cho con', 'thêm tên cha'], means: 'thay đổi cải chính bổ sung thông tin hộ tịch' },
  { say: ['nhận con', 'nhận cha', 'nhận bố', 'nhận cha cho con', 'xác nhận cha con'], means: 'đăng ký nhận cha mẹ con' },
  { say: ['nhận con nuôi', 'xin con nuôi', 'làm con nuôi', 'nuôi con nuôi'], means: 'đăng ký việc nuôi con nuôi' },
  { say: ['đổi dân tộc', 'sửa dân tộc'], means: 'xác định lại dân tộc' },
  { say: ['người giám hộ', 'giám hộ'], means: 'đăng ký giám hộ' },
  // Certification: "công chứng" is what people say for certified copies.
  { say: ['sao y', 'sao y bản chính', 'photo công chứng', 'công chứng giấy tờ', 'công chứng bản sao', 'công chứng', 'chứng thực giấy tờ', 'photo chứng thực', 'bản sao công chứng'], means: 'chứng thực bản sao từ bản chính' },
  { say: ['chứng thực chữ ký', 'xác nhận chữ ký', 'công chứng chữ ký', 'ký xác nhận'], means: 'chứng thực chữ ký' },
  { say: ['công chứng hợp đồng', 'chứng thực hợp đồng', 'hợp đồng mua bán nhà', 'hợp đồng mua bán đất'], means: 'chứng thực hợp đồng giao dịch' },
  { say: ['làm di chúc', 'viết di chúc', 'công chứng di chúc', 'di chúc'], means: 'chứng thực di chúc' },
  { say: ['chia thừa kế', 'chia tài sản thừa kế', 'chia di sản'], means: 'thỏa thuận phân chia di sản' },
  { say: ['lý lịch tư pháp', 'lý lịch', 'lý lịch tư pháp số 1', 'giấy không tiền án', 'xác nhận không tiền án'], means: 'cấp phiếu lý lịch tư pháp cho công dân' },
  // Business.
  { say: ['giấy phép kinh doanh', 'đăng ký kinh doanh', 'đkkd', 'mở cửa hàng', 'mở tiệm', 'mở quán', 'mở shop', 'buôn bán', 'bán hàng', 'tạp hóa', 'mở tạp hóa', 'kinh doanh nhỏ', 'hkd', 'làm giấy phép kinh doanh', 'đăng ký hộ kinh doanh', 'hộ kinh doanh'], means: 'đăng ký thành lập hộ kinh doanh' },
  { say: ['nghỉ kinh doanh', 'tạm nghỉ bán', 'tạm đóng cửa hàng'], means: 'tạm ngừng kinh doanh hộ kinh doanh' },
  { say: ['đóng cửa hàng', 'dẹp quán', 'thôi kinh doanh', 'đóng mã số hộ kinh doanh'], means: 'chấm dứt hoạt động hộ kinh doanh' },
  { say: ['quán ăn', 'quán nhậu', 'nhà hàng', 'quán cơm', 'quán phở', 'bếp ăn', 'căng tin', 'vệ sinh thực phẩm', 'vsattp', 'attp', 'bán đồ ăn'], means: 'an toàn thực phẩm cơ sở kinh doanh dịch vụ ăn uống' },
  { say: ['bán rượu', 'bán bia rượu', 'giấy phép rượu', 'quán rượu'], means: 'giấy phép bán lẻ rượu' },
  { say: ['nấu rượu', 'nấu rượu bán'], means: 'giấy phép sản xuất rượu thủ công' },
  { say: ['bán thuốc lá', 'thuốc lá'], means: 'giấy phép bán lẻ sản phẩm thuốc lá' },
  { say: ['bán gas', 'cửa hàng gas', 'đại lý gas', 'bình gas'], means: 'cửa hàng bán lẻ lpg chai' },
  { say: ['karaoke', 'quán karaoke', 'hát karaoke', 'mở karaoke'], means: 'kinh doanh dịch vụ karaoke' },
  { say: ['homestay', 'nhà nghỉ', 'khách sạn mini', 'nhà trọ du lịch'], means: 'cơ sở lưu trú du lịch' },
  { say: ['mở phòng khám', 'phòng mạch', 'phòng khám tư'], means: 'giấy phép hoạt động phòng khám' },
  { say: ['chứng chỉ hành nghề y', 'hành nghề bác sĩ'], means: 'giấy phép hành nghề khám bệnh chữa bệnh' },
  { say: ['lập htx', 'mở hợp tác xã', 'htx'], means: 'đăng ký thành lập hợp tác xã' },
  // Schools: levels are said as "cấp 1/2/3".
  { say: ['cấp 1', 'cấp một', 'trường cấp 1', 'lớp 1', 'vào lớp 1', 'tiểu học'], means: 'tiểu học' },
  { say: ['cấp 2', 'cấp hai', 'trường cấp 2', 'thcs', 'lên lớp 6', 'vào lớp 6'], means: 'trung học cơ sở' },
  { say: ['cấp 3', 'cấp ba', 'trường cấp 3', 'thpt', 'vào lớp 10', 'thi lớp 10'], means: 'trung học phổ thông' },
  { say: ['mẫu giáo', 'nhà trẻ', 'trường mầm non', 'gửi trẻ', 'đi nhà trẻ'], means: 'mầm non' },
  { say: ['chuyển trường cho con', 'đổi trường', 'xin chuyển trường', 'chuyển lớp'], means: 'chuyển trường đối với học sinh' },
  { say: ['xin miễn học phí', 'giảm học phí', 'miễn học phí', 'hỗ trợ tiền học'], means: 'miễn giảm học phí hỗ trợ chi phí học tập' },
  { say: ['mất bằng tốt nghiệp', 'sao bằng tốt nghiệp', 'bản sao bằng', 'bằng tốt nghiệp'], means: 'cấp bản sao văn bằng chứng chỉ từ sổ gốc' },
  { say: ['dạy thêm', 'mở lớp dạy thêm', 'học thêm', 'lớp học thêm'], means: 'cấp phép hoạt động dạy thêm học thêm' },
  // Social support.
  { say: ['tiền người già', 'trợ cấp người già', 'lương người già', 'trợ cấp tuổi già', 'tiền già', 'trợ cấp 80 tuổi', 'người già'], means: 'trợ cấp xã hội hằng tháng đối với người cao tuổi' },
  { say: ['trợ cấp xã hội', 'tiền trợ cấp', 'bảo trợ xã hội'], means: 'trợ cấp xã hội hằng tháng' },
  { say: ['tiền ma chay', 'tiền mai táng', 'hỗ trợ ma chay', 'tiền chôn cất', 'hỗ trợ tang lễ', 'tiền đám ma'], means: 'hỗ trợ chi phí mai táng' },
  { say: ['giấy khuyết tật', 'người khuyết tật', 'xác nhận khuyết tật', 'tàn tật', 'người tàn tật'], means: 'xác định mức độ khuyết tật giấy xác nhận khuyết tật' },
  { say: ['hộ nghèo', 'xin hộ nghèo', 'sổ hộ nghèo', 'làm hộ nghèo', 'hộ cận nghèo'], means: 'công nhận hộ nghèo hộ cận nghèo' },
  { say: ['thoát nghèo', 'ra khỏi hộ nghèo'], means: 'công nhận hộ thoát nghèo' },
  { say: ['nhà bị sập', 'sửa nhà cho hộ nghèo', 'hỗ trợ làm nhà'], means: 'hỗ trợ làm nhà ở sửa chữa nhà ở' },
  { say: ['tiền điện hộ nghèo', 'hỗ trợ tiền điện'], means: 'hỗ trợ tiền điện cho hộ nghèo' },
  { say: ['lũ lụt', 'bão lụt', 'mất mùa', 'thiên tai'], means: 'thiệt hại do thiên tai' },
  { say: ['dịch tả lợn', 'gia súc chết', 'dịch bệnh gia cầm'], means: 'thiệt hại do dịch bệnh động vật' },
  { say: ['thất nghiệp', 'bảo hiểm thất nghiệp', 'mất việc', 'nghỉ việc', 'bị đuổi việc', 'tiền thất nghiệp'], means: 'hưởng trợ cấp thất nghiệp' },
  // Veterans and martyrs.
  { say: ['liệt sĩ', 'gia đình liệt sĩ', 'thân nhân liệt sĩ', 'con liệt sĩ'], means: 'thân nhân liệt sĩ' },
  { say: ['thờ cúng liệt sĩ', 'tiền thờ cúng'], means: 'trợ cấp thờ cúng liệt sĩ' },
  { say: ['thương binh', 'bệnh binh'], means: 'ưu đãi đối với thương binh' },
  { say: ['thăm mộ liệt sĩ', 'viếng mộ liệt sĩ', 'đi thăm mộ'], means: 'thăm viếng mộ liệt sĩ' },
  { say: ['bốc mộ liệt sĩ', 'quy tập mộ', 'di chuyển mộ liệt sĩ'], means: 'di chuyển hài cốt liệt sĩ' },
  { say: ['mẹ việt nam anh hùng', 'bà mẹ anh hùng'], means: 'bà mẹ việt nam anh hùng' },
  { say: ['người có công', 'chính sách người có công'], means: 'người có công với cách mạng' },
  // Health insurance.
  { say: ['bhyt', 'thẻ bhyt', 'bảo hiểm y tế', 'thẻ bảo hiểm', 'làm thẻ bảo hiểm', 'bảo hiểm'], means: 'thẻ bảo hiểm y tế' },
  { say: ['bhyt cho trẻ', 'bảo hiểm cho trẻ em', 'thẻ bảo hiểm cho bé', 'bảo hiểm trẻ em'], means: 'bảo hiểm y tế cho trẻ em dưới 6 tuổi' },
  { say: ['mất thẻ bảo hiểm', 'mất thẻ bhyt', 'đổi thẻ bhyt'], means: 'cấp lại đổi thẻ bảo hiểm y tế' },
  // Culture, religion, awards, complaints.
  { say: ['tổ chức lễ hội', 'làm lễ hội', 'hội làng', 'lễ hội'], means: 'tổ chức lễ hội' },
  { say: ['gia đình văn hóa', 'khu phố văn hóa'], means: 'gia đình văn hóa tổ dân phố văn hóa' },
  { say: ['câu lạc bộ', 'clb', 'lập câu lạc bộ', 'đội bóng'], means: 'câu lạc bộ thể thao cơ sở' },
  { say: ['khen thưởng', 'giấy khen', 'bằng khen'], means: 'tặng giấy khen' },
  { say: ['khiếu nại', 'kiện', 'phản ánh', 'kêu oan'], means: 'giải quyết khiếu nại' },
  { say: ['tố cáo', 'tố giác'], means: 'giải quyết tố cáo' },
  { say: ['gặp lãnh đạo', 'tiếp dân', 'gặp chủ tịch'], means: 'tiếp công dân' },
  { say: ['nhà thờ họ', 'miếu', 'đình làng', 'đền chùa'], means: 'hoạt động tín ngưỡng cơ sở tín ngưỡng' },
  { say: ['quyên góp', 'kêu gọi đóng góp', 'từ thiện'], means: 'quyên góp quỹ từ thiện' },
  { say: ['khoan giếng', 'giếng khoan', 'đào giếng'], means: 'đăng ký khai thác nước dưới đất' },
  { say: ['chuyển đất lúa', 'trồng cây khác trên đất lúa', 'đổi cây trồng'], means: 'chuyển đổi cơ cấu cây trồng trên đất trồng lúa' },
  { say: ['trang trại', 'làm trang trại'], means: 'giấy chứng nhận kinh tế trang trại' },
  { say: ['phòng cháy', 'pccc', 'chữa cháy'], means: 'phòng cháy và chữa cháy' },
  { say: ['đò', 'thuyền', 'ghe', 'đò chở khách'], means: 'phương tiện thủy nội địa thuyền đò' },
  { say: ['xả thải', 'ô nhiễm', 'môi trường'], means: 'môi trường' },
];

/**
 * Words people add around what they want ("làm", "xin", "thủ tục", "như thế nào"): dropped
 * from a query unless nothing else is left. Folded; multi-word entries are phrases.
 */
export const DEFAULT_FILLER_WORDS: readonly string[] = [
  // Only words that cannot be a syllable of a title once folded: "can" (căn cước), "sao" (bản sao),
  // "em" (trẻ em), "di" (di chúc), "hoi" (hội), "cai" (cải chính) stay in queries.
  'thu tuc', 'cho con', 'cho be', 'nhu the nao', 'the nao', 'ra sao', 'lam sao', 'o dau', 'can gi', 'can nhung gi', 'nhung gi', 'giay to gi',
  'bao lau', 'mat bao lau', 'bao nhieu', 'het bao nhieu', 'huong dan', 'quy trinh', 'cach', 'muon', 'toi', 'minh',
  'lam', 'xin', 'phai', 'gi', 'cho', 'cua', 've', 'duoc', 'a', 'nhe', 'voi', 'giup', 'nhu', 'nao', 'o', 'mot',
];
